from collections import deque


def alien_order(words):
    # Takes a constraint from every pair of words, not just from neighbours: O(n^2 L). In a
    # sorted list every pair agrees with the neighbours, so the answer is the same, and with
    # LeetCode's 100 words it is fast enough: accepted.
    letters = set("".join(words))
    succ = {ch: set() for ch in letters}
    indeg = dict.fromkeys(letters, 0)
    for i in range(len(words)):
        for j in range(i + 1, len(words)):
            w1, w2 = words[i], words[j]
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
