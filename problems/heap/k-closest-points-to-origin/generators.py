"""Worst-case inputs for the complexity report: random points, k from the sizes (raised to the next unique cut)."""


def random_points(sizes, rng):
    n = max(sizes["n"], 1)
    points = [[rng.randint(-9_999, 9_999), rng.randint(-9_999, 9_999)] for _ in range(n)]
    dist = sorted(x * x + y * y for x, y in points)
    k = min(max(sizes["k"], 1), n)
    while k < n and dist[k - 1] == dist[k]:
        k += 1
    return [points, k]
