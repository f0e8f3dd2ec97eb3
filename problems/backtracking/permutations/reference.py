def permute(nums):
    # Position by position: swap each remaining value into place, recurse, swap it back. Beyond the
    # output, one working copy of nums and one frame per position: O(n).
    order = list(nums)
    result = []

    def fill(position):
        if position == len(order):
            result.append(order[:])
            return
        for i in range(position, len(order)):
            order[position], order[i] = order[i], order[position]
            fill(position + 1)
            order[position], order[i] = order[i], order[position]

    fill(0)
    return result
