def flood_fill(image, sr, sc, color):
    # Explicit stack; a pixel is painted when pushed, so it is never pushed twice.
    old = image[sr][sc]
    if old == color:
        return image
    rows, cols = len(image), len(image[0])
    stack = [(sr, sc)]
    image[sr][sc] = color
    while stack:
        r, c = stack.pop()
        if r > 0 and image[r - 1][c] == old:
            image[r - 1][c] = color
            stack.append((r - 1, c))
        if r + 1 < rows and image[r + 1][c] == old:
            image[r + 1][c] = color
            stack.append((r + 1, c))
        if c > 0 and image[r][c - 1] == old:
            image[r][c - 1] = color
            stack.append((r, c - 1))
        if c + 1 < cols and image[r][c + 1] == old:
            image[r][c + 1] = color
            stack.append((r, c + 1))
    return image
