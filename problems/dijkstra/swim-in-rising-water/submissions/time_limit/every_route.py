import sys


def swim_in_water(grid):
    # Correct, but tries every route: a depth-first walk along every simple path from the start,
    # keeping the lowest highest-elevation that reaches the end. Exponentially many paths.
    sys.setrecursionlimit(10_000)
    n = len(grid)
    best = [grid[0][0] if n == 1 else n * n]
    seen = [[False] * n for _ in range(n)]

    def walk(r, c, high):
        if r == n - 1 and c == n - 1:
            best[0] = min(best[0], high)
            return
        seen[r][c] = True
        for nr, nc in ((r + 1, c), (r, c + 1), (r - 1, c), (r, c - 1)):
            if 0 <= nr < n and 0 <= nc < n and not seen[nr][nc]:
                walk(nr, nc, max(high, grid[nr][nc]))
        seen[r][c] = False

    walk(0, 0, grid[0][0])
    return best[0]
