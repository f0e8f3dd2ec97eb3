def ladder_length(begin_word, end_word, word_list):
    # Bidirectional BFS: always grow the smaller frontier by one level until they meet.
    words = set(word_list)
    if end_word not in words:
        return 0
    words.discard(begin_word)
    words.discard(end_word)
    front, back = {begin_word}, {end_word}
    length = 1
    letters = "abcdefghijklmnopqrstuvwxyz"
    while front and back:
        if len(front) > len(back):
            front, back = back, front
        length += 1
        grown = set()
        for w in front:
            for i in range(len(w)):
                for ch in letters:
                    v = w[:i] + ch + w[i + 1:]
                    if v in back:
                        return length
                    if v in words:
                        words.remove(v)
                        grown.add(v)
        front = grown
    return 0
