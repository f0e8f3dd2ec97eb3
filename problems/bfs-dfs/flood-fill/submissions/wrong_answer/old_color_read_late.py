def flood_fill(image, sr, sc, color):
    # Mistake: paints the start pixel before reading its colour, so "old" is already the
    # new colour and the fill never spreads beyond the start.
    image[sr][sc] = color
    old = image[sr][sc]
    m, n = len(image), len(image[0])
    stack = [(sr, sc)]
    seen = {(sr, sc)}
    while stack:
        r, c = stack.pop()
        image[r][c] = color
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < m and 0 <= nc < n and (nr, nc) not in seen and image[nr][nc] == old:
                seen.add((nr, nc))
                stack.append((nr, nc))
    return image
