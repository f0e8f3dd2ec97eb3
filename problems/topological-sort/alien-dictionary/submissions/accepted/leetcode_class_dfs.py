class Solution:
    def alienOrder(self, words: List[str]) -> str:
        # DFS on reversed edges: a letter is emitted after every letter that must precede it.
        reverse_adj = {c: [] for word in words for c in word}
        for first, second in zip(words, words[1:]):
            for c, d in zip(first, second):
                if c != d:
                    reverse_adj[d].append(c)
                    break
            else:
                if len(second) < len(first):
                    return ""
        seen = {}  # False: on the current path, True: done
        output = []

        def visit(node):
            if node in seen:
                return seen[node]
            seen[node] = False
            for prev in reverse_adj[node]:
                if not visit(prev):
                    return False
            seen[node] = True
            output.append(node)
            return True

        if not all(visit(node) for node in reverse_adj):
            return ""
        return "".join(output)
