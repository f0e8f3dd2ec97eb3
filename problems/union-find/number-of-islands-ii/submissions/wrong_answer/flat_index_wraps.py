class Solution:
    def numIslands2(self, m: int, n: int, positions: List[List[int]]) -> List[int]:
        # Mistake: neighbours are id - 1 and id + 1 in the flat numbering, checked only
        # against 0 <= id < m * n, so the last cell of a row touches the first of the next.
        parent = {}

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        count = 0
        out = []
        for r, c in positions:
            cell = r * n + c
            if cell not in parent:
                parent[cell] = cell
                count += 1
                for other in (cell - n, cell + n, cell - 1, cell + 1):
                    if 0 <= other < m * n and other in parent:
                        a, b = find(cell), find(other)
                        if a != b:
                            parent[a] = b
                            count -= 1
            out.append(count)
        return out
