from heapq import heappop, heappush


def minimum_effort_path(heights):
    m, n = len(heights), len(heights[0])
    done = [[False] * n for _ in heights]
    heap = [(0, 0, 0)]  # (effort of the best route found so far, row, column)
    while heap:
        effort, r, c = heappop(heap)
        if r == m - 1 and c == n - 1:
            return effort
        if done[r][c]:
            continue
        done[r][c] = True
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < m and 0 <= nc < n and not done[nr][nc]:
                heappush(heap, (max(effort, abs(heights[nr][nc] - heights[r][c])), nr, nc))
