from collections import deque


def pacific_atlantic(heights):
    # Multi-source BFS uphill from each ocean's edge; the answer is the intersection.
    m, n = len(heights), len(heights[0])

    def reachable(starts):
        seen = set(starts)
        queue = deque(starts)
        while queue:
            r, c = queue.popleft()
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if (0 <= nr < m and 0 <= nc < n and (nr, nc) not in seen
                        and heights[nr][nc] >= heights[r][c]):
                    seen.add((nr, nc))
                    queue.append((nr, nc))
        return seen

    pacific = reachable([(0, c) for c in range(n)] + [(r, 0) for r in range(1, m)])
    atlantic = reachable([(m - 1, c) for c in range(n)] + [(r, n - 1) for r in range(m - 1)])
    return [list(cell) for cell in pacific & atlantic]
