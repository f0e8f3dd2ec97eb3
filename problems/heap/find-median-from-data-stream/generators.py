"""Worst-case inputs for the complexity report: n random adds, each followed by a query."""


def add_then_query(sizes, rng):
    n = max(sizes["n"], 1)
    ops, args = ["MedianFinder"], [[]]
    for _ in range(n):
        ops += ["addNum", "findMedian"]
        args += [[rng.randint(-100_000, 100_000)], []]
    return [ops, args]
