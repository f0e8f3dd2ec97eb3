def find_min_height_trees(n, edges):
    # Peel the leaves layer by layer (Kahn's algorithm on degrees); the last one or two
    # nodes standing are the centres of the tree.
    neighbours = [set() for _ in range(n)]
    for a, b in edges:
        neighbours[a].add(b)
        neighbours[b].add(a)
    leaves = [v for v, around in enumerate(neighbours) if len(around) <= 1]
    remaining = n
    while remaining > 2:
        remaining -= len(leaves)
        next_leaves = []
        for leaf in leaves:
            parent = neighbours[leaf].pop()
            neighbours[parent].remove(leaf)
            if len(neighbours[parent]) == 1:
                next_leaves.append(parent)
        leaves = next_leaves
    return leaves
