class Solution:
    def alienOrder(self, words: List[str]) -> str:
        # Mistake: the graph only holds letters that appear in some constraint, so
        # letters no constraint mentions are missing from the answer.
        succ = defaultdict(set)
        indeg = {}
        for w1, w2 in zip(words, words[1:]):
            for a, b in zip(w1, w2):
                if a != b:
                    indeg.setdefault(a, 0)
                    indeg.setdefault(b, 0)
                    if b not in succ[a]:
                        succ[a].add(b)
                        indeg[b] += 1
                    break
            else:
                if len(w1) > len(w2):
                    return ""
        queue = deque(ch for ch in indeg if indeg[ch] == 0)
        out = []
        while queue:
            ch = queue.popleft()
            out.append(ch)
            for nxt in succ[ch]:
                indeg[nxt] -= 1
                if indeg[nxt] == 0:
                    queue.append(nxt)
        return "".join(out) if len(out) == len(indeg) else ""
