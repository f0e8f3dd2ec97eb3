def flood_fill(image, sr, sc, color):
    # Mark the start, then sweep the whole grid again and again, marking any old-coloured
    # pixel next to a marked one, until a sweep changes nothing. O((m n)^2) at worst, but
    # on LeetCode's 50 x 50 images that is fast enough: accepted, and reported as slower
    # than the target.
    old = image[sr][sc]
    if old == color:
        return image
    m, n = len(image), len(image[0])
    marked = [[False] * n for _ in range(m)]
    marked[sr][sc] = True
    changed = True
    while changed:
        changed = False
        for r in range(m):
            for c in range(n):
                if marked[r][c] or image[r][c] != old:
                    continue
                if ((r > 0 and marked[r - 1][c]) or (r + 1 < m and marked[r + 1][c])
                        or (c > 0 and marked[r][c - 1]) or (c + 1 < n and marked[r][c + 1])):
                    marked[r][c] = True
                    changed = True
    for r in range(m):
        for c in range(n):
            if marked[r][c]:
                image[r][c] = color
    return image
