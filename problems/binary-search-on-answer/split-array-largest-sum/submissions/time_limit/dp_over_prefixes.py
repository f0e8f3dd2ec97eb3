def split_array(nums, k):
    # Correct but O(k n^2): best[j][i] = the best largest sum for the first i elements in j pieces.
    n = len(nums)
    prefix = [0] * (n + 1)
    for i, x in enumerate(nums):
        prefix[i + 1] = prefix[i] + x
    inf = float("inf")
    best = [0] + [inf] * n
    for j in range(1, k + 1):
        nxt = [inf] * (n + 1)
        for i in range(j, n + 1):
            for p in range(j - 1, i):
                cand = max(best[p], prefix[i] - prefix[p])
                if cand < nxt[i]:
                    nxt[i] = cand
        best = nxt
    return best[n]
