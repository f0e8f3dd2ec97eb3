def min_distance(word1, word2):
    prev = list(range(len(word2) + 1))  # prev[j]: distance from the prefix of word1 so far to word2[:j]
    for i, a in enumerate(word1, 1):
        cur = [i]
        for j, b in enumerate(word2):
            cur.append(prev[j] if a == b else 1 + min(prev[j], prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]
