def split_array(nums, k):
    # Wrong greedy: fill each piece up to the average sum, then report the largest piece.
    target = max(max(nums), -(-sum(nums) // k))
    largest, running, pieces = 0, 0, 1
    for x in nums:
        if running + x > target and pieces < k:
            largest = max(largest, running)
            running = 0
            pieces += 1
        running += x
    return max(largest, running)
