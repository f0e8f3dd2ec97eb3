def length_of_lis(nums):
    # O(n^2), slower than the target: best[i] = longest increasing subsequence ending at i.
    # LeetCode accepts it at its sizes (n <= 2500), and so does this judge.
    n = len(nums)
    best = [1] * n
    for i in range(n):
        for j in range(i):
            if nums[j] < nums[i] and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
    return max(best)
