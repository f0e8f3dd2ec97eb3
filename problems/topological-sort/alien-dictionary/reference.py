def alien_order(words):
    after = {ch: {} for word in words for ch in word}  # letter -> letters that must follow it (ordered set)
    indegree = dict.fromkeys(after, 0)
    for first, second in zip(words, words[1:]):
        for a, b in zip(first, second):
            if a != b:  # only the first difference between neighbours says anything
                if b not in after[a]:
                    after[a][b] = None  # a dict as an insertion-ordered set
                    indegree[b] += 1
                break
        else:
            if len(first) > len(second):  # a longer word before its own prefix: no order works
                return ""
    order = [ch for ch, d in indegree.items() if d == 0]
    for ch in order:  # Kahn's algorithm; the list grows while it is walked
        for nxt in after[ch]:
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                order.append(nxt)
    return "".join(order) if len(order) == len(indegree) else ""
