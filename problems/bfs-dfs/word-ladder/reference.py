def ladder_length(begin_word, end_word, word_list):
    words = set(word_list)
    if end_word not in words:
        return 0
    # Words one letter apart share a pattern with that letter blanked out.
    by_pattern = {}
    for w in words:
        for i in range(len(w)):
            by_pattern.setdefault(w[:i] + "*" + w[i + 1:], []).append(w)
    seen = {begin_word}
    frontier = [begin_word]
    length = 1
    while frontier:
        length += 1
        nxt = []
        for w in frontier:
            for i in range(len(w)):
                for v in by_pattern.pop(w[:i] + "*" + w[i + 1:], ()):  # each pattern is expanded once
                    if v == end_word:
                        return length
                    if v not in seen:
                        seen.add(v)
                        nxt.append(v)
        frontier = nxt
    return 0
