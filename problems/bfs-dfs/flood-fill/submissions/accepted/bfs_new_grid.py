from collections import deque


def flood_fill(image, sr, sc, color):
    # Breadth first into a copy, with a separate seen set: the input is left untouched.
    out = [row[:] for row in image]
    old = image[sr][sc]
    seen = {(sr, sc)}
    queue = deque([(sr, sc)])
    while queue:
        r, c = queue.popleft()
        out[r][c] = color
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < len(image) and 0 <= nc < len(image[0]) and (nr, nc) not in seen and image[nr][nc] == old:
                seen.add((nr, nc))
                queue.append((nr, nc))
    return out
