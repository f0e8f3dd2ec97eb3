from collections import deque


def ladder_length(begin_word, end_word, word_list):
    # Mistake: adds the end word to the dictionary, so a ladder may end on a word that is
    # not in the list.
    words = set(word_list) | {end_word}
    queue = deque([(begin_word, 1)])
    seen = {begin_word}
    while queue:
        word, n = queue.popleft()
        if word == end_word:
            return n
        for i in range(len(word)):
            for ch in "abcdefghijklmnopqrstuvwxyz":
                nxt = word[:i] + ch + word[i + 1:]
                if nxt in words and nxt not in seen:
                    seen.add(nxt)
                    queue.append((nxt, n + 1))
    return 0
