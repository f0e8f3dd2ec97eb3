def ladder_length(begin_word, end_word, word_list):
    # Mistake: a depth-first search with a visited set returns the length of the first
    # ladder it stumbles on, which need not be the shortest.
    words = set(word_list)
    if end_word not in words:
        return 0
    seen = {begin_word}
    stack = [(begin_word, 1)]
    while stack:
        word, n = stack.pop()
        if word == end_word:
            return n
        for i in range(len(word)):
            for ch in "abcdefghijklmnopqrstuvwxyz":
                nxt = word[:i] + ch + word[i + 1:]
                if nxt in words and nxt not in seen:
                    seen.add(nxt)
                    stack.append((nxt, n + 1))
    return 0
