def subset_xor_sum(nums):
    def total(i, xor_so_far):
        """The sum of the XOR totals of every subset that extends the choices made for nums[:i]."""
        if i == len(nums):
            return xor_so_far
        return total(i + 1, xor_so_far ^ nums[i]) + total(i + 1, xor_so_far)

    return total(0, 0)
