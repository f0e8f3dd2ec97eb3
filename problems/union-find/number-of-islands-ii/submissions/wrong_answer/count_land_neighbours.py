def num_islands2(m, n, positions):
    # Mistake: subtracts one island per land neighbour, without asking whether two of
    # those neighbours already belong to the same island.
    land = set()
    count = 0
    out = []
    for r, c in positions:
        if (r, c) not in land:
            land.add((r, c))
            count += 1
            for cell in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if cell in land:
                    count -= 1
        out.append(count)
    return out
