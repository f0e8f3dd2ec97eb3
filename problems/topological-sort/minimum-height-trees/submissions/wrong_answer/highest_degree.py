def find_min_height_trees(n, edges):
    # Mistake: assumes the best roots are the nodes with the most neighbours.
    degree = [0] * n
    for a, b in edges:
        degree[a] += 1
        degree[b] += 1
    top = max(degree)
    return [v for v in range(n) if degree[v] == top]
