def longest_common_subsequence(text1, text2):
    # Mistake: resets the count on a mismatch, which measures the longest common
    # substring (contiguous), not the longest common subsequence.
    best = 0
    prev = [0] * (len(text2) + 1)
    for a in text1:
        cur = [0] * (len(text2) + 1)
        for j, b in enumerate(text2):
            if a == b:
                cur[j + 1] = prev[j] + 1
                best = max(best, cur[j + 1])
        prev = cur
    return best
