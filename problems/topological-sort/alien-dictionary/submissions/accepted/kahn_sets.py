from collections import deque


def alien_order(words):
    letters = set("".join(words))
    succ = {ch: set() for ch in letters}
    indeg = {ch: 0 for ch in letters}
    for i in range(len(words) - 1):
        w1, w2 = words[i], words[i + 1]
        for a, b in zip(w1, w2):
            if a != b:
                if b not in succ[a]:
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
