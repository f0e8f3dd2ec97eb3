from collections import deque


def alien_order(words):
    # Mistake: no break after the first difference, so later letters of the two words
    # add constraints that do not exist ("ab" before "ba" also claims b before a).
    letters = set("".join(words))
    succ = {ch: set() for ch in letters}
    indeg = dict.fromkeys(letters, 0)
    for w1, w2 in zip(words, words[1:]):
        if len(w1) > len(w2) and w1.startswith(w2):
            return ""
        for a, b in zip(w1, w2):
            if a != b and b not in succ[a]:
                succ[a].add(b)
                indeg[b] += 1
    queue = deque(ch for ch in letters if indeg[ch] == 0)
    out = []
    while queue:
        ch = queue.popleft()
        out.append(ch)
        for nxt in succ[ch]:
            indeg[nxt] -= 1
            if indeg[nxt] == 0:
                queue.append(nxt)
    return "".join(out) if len(out) == len(letters) else ""
