"""Graphs for pack authors' cases.py, generators.py and constraints.py. Prerequisite graphs are
[course, prereq] pairs, an edge prereq -> course, as course-schedule and course-schedule-ii take them.

Trusted host-side helpers; every function draws from the ``rng`` it is given, so the same seed gives the
same graph.
"""

from __future__ import annotations


def forward_edges(rng, n, e, order=None, avoid=()):
    """e distinct random edges that all point forward along a random ordering of the n courses, none of
    them in ``avoid`` (pairs already used); returns (edges, order)."""
    if e > n * (n - 1) // 2 - len(avoid):
        raise ValueError(f"{e} more distinct forward edges do not fit on {n} courses")
    order = order if order is not None else rng.sample(range(n), n)
    used = {tuple(pair) for pair in avoid}
    edges = []
    while len(edges) < e:
        i, j = rng.randrange(n), rng.randrange(n)
        if i == j:
            continue
        if i > j:
            i, j = j, i
        pair = (order[j], order[i])  # order[i] comes first: it is the prerequisite
        if pair not in used:
            used.add(pair)
            edges.append(list(pair))
    return edges, order


def ladder(rng, n):
    """Courses in layers of two, each course a prerequisite of both courses of the next layer: about 2n
    distinct edges, no cycle, and 2 ** (n / 2) paths from the first layer to the last (a search that
    does not remember finished courses walks every one). Labels permuted; returns (edges, order)."""
    order = rng.sample(range(n), n)
    edges = [[order[j], order[i]] for i in range(n - 2) for j in (i - i % 2 + 2, i - i % 2 + 3) if j < n]
    rng.shuffle(edges)
    return edges, order


def chain(rng, n):
    """One chain through all n courses in a random order, its edges shuffled; returns (edges, order)."""
    order = rng.sample(range(n), n)
    edges = [[order[k + 1], order[k]] for k in range(n - 1)]
    rng.shuffle(edges)
    return edges, order


def acyclic_prerequisites(v, e, rng):
    """e distinct edges on v courses with no cycle: a chain through as many courses as the edges allow,
    the rest random forward pairs, labels permuted and edges shuffled (the complexity reports' worst case:
    no early exit at a cycle, the deepest recursion, the longest Kahn wave)."""
    if e > v * (v - 1) // 2:
        raise ValueError(f"{e} distinct edges do not fit in an acyclic graph on {v} courses")
    order = list(range(v))
    rng.shuffle(order)  # order[i] comes before order[i + 1]
    pairs = set()
    for i in range(min(v - 1, e)):
        pairs.add((i, i + 1))
    while len(pairs) < e:
        a, b = rng.randrange(v), rng.randrange(v)
        if a != b:
            pairs.add((min(a, b), max(a, b)))
    edges = [[order[later], order[earlier]] for earlier, later in pairs]  # [course, prereq]
    rng.shuffle(edges)
    return edges


def connected_parts(nodes, edges) -> int:
    """How many connected parts the undirected ``edges`` leave among ``nodes`` (union-find); an edge's end
    that is not among ``nodes`` counts as one more node."""
    parent = {node: node for node in nodes}
    parts = len(parent)

    def root(x):
        nonlocal parts
        if x not in parent:
            parent[x] = x
            parts += 1
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[ra] = rb
            parts -= 1
    return parts
