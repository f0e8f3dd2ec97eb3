def flood_fill(image, sr, sc, color):
    old = image[sr][sc]
    if old == color:
        return image
    m, n = len(image), len(image[0])
    image[sr][sc] = color
    stack = [(sr, sc)]
    while stack:
        r, c = stack.pop()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < m and 0 <= nc < n and image[nr][nc] == old:
                image[nr][nc] = color
                stack.append((nr, nc))
    return image
