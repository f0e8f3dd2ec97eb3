def product_except_self(nums):
    # Missed edge case: with two zeros every answer is 0, but the zero positions get the
    # product of the non-zero values.
    total = 1
    has_zero = False
    for x in nums:
        if x == 0:
            has_zero = True
        else:
            total *= x
    if not has_zero:
        return [total // x for x in nums]
    return [total if x == 0 else 0 for x in nums]
