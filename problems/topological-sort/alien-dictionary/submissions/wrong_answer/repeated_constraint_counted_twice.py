from collections import deque


def alien_order(words):
    # Mistake: the successor set drops a repeated constraint, but the in-degree counts
    # it every time, so that letter never becomes free and the answer is wrongly "".
    letters = set("".join(words))
    succ = {ch: set() for ch in letters}
    indeg = dict.fromkeys(letters, 0)
    for w1, w2 in zip(words, words[1:]):
        for a, b in zip(w1, w2):
            if a != b:
                succ[a].add(b)
                indeg[b] += 1
                break
        else:
            if len(w1) > len(w2):
                return ""
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
