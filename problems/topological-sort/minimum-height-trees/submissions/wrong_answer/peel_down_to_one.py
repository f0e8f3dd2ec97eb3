def find_min_height_trees(n, edges):
    # Mistake: keeps peeling while more than one node is left, so when two centres
    # remain, both are peeled away together and the answer comes out empty.
    neighbours = [set() for _ in range(n)]
    for a, b in edges:
        neighbours[a].add(b)
        neighbours[b].add(a)
    leaves = [v for v in range(n) if len(neighbours[v]) <= 1]
    remaining = n
    while remaining > 1:
        remaining -= len(leaves)
        next_leaves = []
        for leaf in leaves:
            if not neighbours[leaf]:
                continue
            parent = neighbours[leaf].pop()
            neighbours[parent].discard(leaf)
            if len(neighbours[parent]) == 1:
                next_leaves.append(parent)
        if not next_leaves:
            break
        leaves = next_leaves
    return leaves if remaining >= 1 else []
