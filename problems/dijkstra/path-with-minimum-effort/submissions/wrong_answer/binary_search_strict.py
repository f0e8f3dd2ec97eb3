from collections import deque


def minimum_effort_path(heights):
    # Mistake: the feasibility test allows only steps strictly below the guess, so the binary
    # search lands one above the true effort.
    m, n = len(heights), len(heights[0])

    def reachable(limit):
        seen = {(0, 0)}
        queue = deque([(0, 0)])
        while queue:
            r, c = queue.popleft()
            if (r, c) == (m - 1, n - 1):
                return True
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < m and 0 <= nc < n and (nr, nc) not in seen and abs(heights[nr][nc] - heights[r][c]) < limit:
                    seen.add((nr, nc))
                    queue.append((nr, nc))
        return False

    lo, hi = 0, 1_000_000
    while lo < hi:
        mid = (lo + hi) // 2
        if reachable(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo
