from collections import deque


def minimum_effort_path(heights):
    # Binary search on the answer: can the corner be reached using only steps of at most
    # `limit`? One BFS per guess, about 20 guesses.
    m, n = len(heights), len(heights[0])

    def reachable(limit):
        seen = [[False] * n for _ in range(m)]
        seen[0][0] = True
        queue = deque([(0, 0)])
        while queue:
            r, c = queue.popleft()
            if r == m - 1 and c == n - 1:
                return True
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < m and 0 <= nc < n and not seen[nr][nc] and abs(heights[nr][nc] - heights[r][c]) <= limit:
                    seen[nr][nc] = True
                    queue.append((nr, nc))
        return False

    lo, hi = 0, 999_999
    while lo < hi:
        mid = (lo + hi) // 2
        if reachable(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo
