def min_distance(word1, word2):
    # Mistake: treats an empty word as "nothing to do", but turning "" into a word of
    # length k takes k insertions.
    if not word1 or not word2:
        return 0
    prev = list(range(len(word2) + 1))
    for i, a in enumerate(word1, 1):
        cur = [i]
        for j, b in enumerate(word2):
            cur.append(prev[j] if a == b else 1 + min(prev[j], prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]
