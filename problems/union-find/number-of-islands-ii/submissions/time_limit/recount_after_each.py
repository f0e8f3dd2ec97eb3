def num_islands2(m, n, positions):
    # Correct but O(k^2): after every addition, count the islands again with a
    # breadth-first search over all the land raised so far.
    land = set()
    out = []
    for r, c in positions:
        land.add((r, c))
        seen = set()
        islands = 0
        for start in land:
            if start in seen:
                continue
            islands += 1
            seen.add(start)
            queue = [start]
            while queue:
                x, y = queue.pop()
                for cell in ((x - 1, y), (x + 1, y), (x, y - 1), (x, y + 1)):
                    if cell in land and cell not in seen:
                        seen.add(cell)
                        queue.append(cell)
        out.append(islands)
    return out
