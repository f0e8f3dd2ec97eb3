from collections import deque


def alien_order(words):
    # Mistake: a word followed by its own proper prefix ("abc", "ab") gives no
    # constraint, so it slips through instead of making the answer "".
    letters = set("".join(words))
    succ = {ch: set() for ch in letters}
    indeg = dict.fromkeys(letters, 0)
    for w1, w2 in zip(words, words[1:]):
        for a, b in zip(w1, w2):
            if a != b:
                if b not in succ[a]:
                    succ[a].add(b)
                    indeg[b] += 1
                break
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
