def flood_fill(image, sr, sc, color):
    # Mistake: leans on IndexError for the bounds check, but index -1 does not raise in
    # Python; it wraps to the last row or column, so the fill leaks across the edges.
    old = image[sr][sc]
    if old == color:
        return image
    stack = [(sr, sc)]
    while stack:
        r, c = stack.pop()
        try:
            if image[r][c] != old:
                continue
        except IndexError:
            continue
        image[r][c] = color
        stack += [(r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)]
    return image
