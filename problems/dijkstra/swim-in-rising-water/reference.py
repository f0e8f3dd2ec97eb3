from heapq import heappop, heappush


def swim_in_water(grid):
    n = len(grid)
    done = [[False] * n for _ in grid]
    heap = [(grid[0][0], 0, 0)]  # (the highest elevation on the best route so far, row, column)
    while heap:
        t, r, c = heappop(heap)
        if r == n - 1 and c == n - 1:
            return t
        if done[r][c]:
            continue
        done[r][c] = True
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < n and 0 <= nc < n and not done[nr][nc]:
                heappush(heap, (max(t, grid[nr][nc]), nr, nc))
