"""Cases for find-if-path-exists-in-graph. Edges are undirected, distinct and never self-loops."""

import random

EXAMPLES = [
    {"args": [3, [[0, 1], [1, 2], [2, 0]], 0, 2], "expected": True,
     "explanation": "0 and 2 share an edge directly (and also through 1)."},
    {"args": [6, [[0, 1], [0, 2], [3, 5], [5, 4], [4, 3]], 0, 5], "expected": False,
     "explanation": "{0, 1, 2} and {3, 4, 5} are two separate pieces."},
    {"args": [4, [[1, 0], [2, 1]], 0, 2], "expected": True,
     "explanation": "Edges are undirected: 0 - 1 - 2, whichever end is listed first."},
]


def _path(rng, nodes):
    """Edges of a path through `nodes` in order, each edge randomly oriented, shuffled."""
    edges = [[a, b] if rng.random() < 0.5 else [b, a] for a, b in zip(nodes, nodes[1:])]
    rng.shuffle(edges)
    return edges


def _random_graph(rng, n, e):
    pairs = set()
    while len(pairs) < e:
        a, b = rng.randrange(n), rng.randrange(n)
        if a != b and (b, a) not in pairs:
            pairs.add((a, b))
    return [list(p) for p in pairs]


def hidden_cases():
    rng = random.Random(1971)
    cases = [
        {"tags": ["single", "empty", "same-vertex"], "args": [1, [], 0, 0], "expected": True},
        {"tags": ["empty", "same-vertex"], "args": [5, [], 3, 3], "expected": True},
        {"tags": ["empty"], "args": [2, [], 0, 1], "expected": False},
        {"tags": ["single-edge"], "args": [2, [[0, 1]], 0, 1], "expected": True},
        {"tags": ["single-edge", "orientation"], "args": [2, [[1, 0]], 0, 1], "expected": True},
        {"tags": ["same-vertex", "isolated"], "args": [3, [[1, 2]], 0, 0], "expected": True},
        {"tags": ["orientation", "chain"], "args": [3, [[1, 0], [1, 2]], 0, 2], "expected": True},
        {"tags": ["orientation", "chain"], "args": [4, [[3, 2], [2, 1], [1, 0]], 0, 3], "expected": True},
        {"tags": ["chain"], "args": [5, [[0, 1], [1, 2], [2, 3], [3, 4]], 4, 0], "expected": True},
        {"tags": ["chain", "label-order"], "args": [5, [[3, 4], [2, 3], [1, 2], [0, 1]], 0, 4], "expected": True},
        {"tags": ["disconnected"], "args": [4, [[0, 1], [2, 3]], 1, 2], "expected": False},
        {"tags": ["disconnected", "cycle"], "args": [6, [[0, 1], [1, 2], [2, 0], [3, 4], [4, 5], [5, 3]], 2, 3],
         "expected": False},
        {"tags": ["isolated"], "args": [5, [[0, 1], [1, 2], [2, 3]], 0, 4], "expected": False},
        {"tags": ["isolated"], "args": [5, [[1, 2], [2, 3], [3, 4]], 0, 4], "expected": False},
        {"tags": ["cycle"], "args": [4, [[0, 1], [1, 2], [2, 3], [3, 0]], 1, 3], "expected": True},
        {"tags": ["star"], "args": [6, [[0, 1], [0, 2], [0, 3], [0, 4], [0, 5]], 4, 2], "expected": True},
        {"tags": ["star", "orientation"], "args": [6, [[1, 0], [2, 0], [3, 0], [5, 0]], 5, 1], "expected": True},
        {"tags": ["star", "isolated"], "args": [6, [[1, 0], [2, 0], [3, 0], [5, 0]], 5, 4], "expected": False},
        {"tags": ["transitive"], "args": [8, [[0, 4], [6, 7], [4, 6], [2, 3], [1, 5]], 0, 7], "expected": True},
        {"tags": ["transitive", "merge-order"], "args": [6, [[0, 1], [2, 3], [4, 5], [1, 2], [3, 4]], 0, 5],
         "expected": True},
        {"tags": ["merge-order"], "args": [6, [[0, 1], [2, 3], [4, 5], [1, 2]], 5, 0], "expected": False},
        {"tags": ["last-vertex"], "args": [7, [[6, 3], [3, 5]], 5, 6], "expected": True},
    ]
    for n, e in ((30, 20), (300, 250), (2000, 1900)):
        edges = _random_graph(rng, n, e)
        for _ in range(2):
            cases.append({"tags": ["random"], "args": [n, edges, rng.randrange(n), rng.randrange(n)]})

    # Max size. Star edges [0, k] in this order give a union without path compression or
    # union by size a chain one deeper per edge: about E^2 / 2 steps.
    n, e = 100_000, 30_000
    star = [[0, k] for k in range(1, e + 1)]
    cases.append({"tags": ["max-size", "star", "deep"], "args": [n, star, 0, e]})
    cases.append({"tags": ["max-size", "star", "isolated"], "args": [n, star, e // 2, n - 1]})
    cases.append({"tags": ["max-size", "star", "orientation"], "args": [n, [[k, 0] for k in range(1, e + 1)], e, 1]})
    nodes = rng.sample(range(n), e + 1)
    cases.append({"tags": ["max-size", "chain", "orientation"], "args": [n, _path(rng, nodes), nodes[0], nodes[-1]]})
    half = (e + 1) // 2
    edges = _path(rng, nodes[:half]) + _path(rng, nodes[half:])
    rng.shuffle(edges)
    cases.append({"tags": ["max-size", "chain", "disconnected"], "args": [n, edges, nodes[0], nodes[-1]]})
    cases.append({"tags": ["max-size", "random"], "args": [40_000, _random_graph(rng, 40_000, e), 1, 39_999]})
    return cases
