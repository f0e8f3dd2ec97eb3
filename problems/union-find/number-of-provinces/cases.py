"""Cases for number-of-provinces. Matrices are symmetric with ones on the diagonal."""

import random

EXAMPLES = [
    {"args": [[[1, 1, 0], [1, 1, 0], [0, 0, 1]]], "expected": 2,
     "explanation": "Cities 0 and 1 share a road; city 2 is alone."},
    {"args": [[[1, 0, 0], [0, 1, 0], [0, 0, 1]]], "expected": 3,
     "explanation": "No roads at all: every city is its own province."},
    {"args": [[[1, 0, 1], [0, 1, 1], [1, 1, 1]]], "expected": 1,
     "explanation": "0 and 1 have no direct road, but both reach city 2."},
]


def _matrix(n, edges):
    m = [[0] * n for _ in range(n)]
    for i in range(n):
        m[i][i] = 1
    for a, b in edges:
        m[a][b] = m[b][a] = 1
    return m


def _groups(rng, n, k, extra):
    """k provinces over shuffled cities: a random spanning tree in each, plus `extra` random inner roads."""
    cities = rng.sample(range(n), n)
    cuts = sorted(rng.sample(range(1, n), k - 1))
    parts = [cities[a:b] for a, b in zip([0] + cuts, cuts + [n])]
    edges = []
    for part in parts:
        for idx in range(1, len(part)):
            edges.append((part[idx], part[rng.randrange(idx)]))
        for _ in range(extra if len(part) > 1 else 0):
            a, b = rng.sample(part, 2)
            edges.append((a, b))
    return _matrix(n, edges)


def hidden_cases():
    rng = random.Random(547)
    cases = [
        {"tags": ["single"], "args": [[[1]]], "expected": 1},
        {"tags": ["min-size", "disconnected"], "args": [[[1, 0], [0, 1]]], "expected": 2},
        {"tags": ["min-size"], "args": [[[1, 1], [1, 1]]], "expected": 1},
        {"tags": ["all-ones"], "args": [_matrix(4, [(a, b) for a in range(4) for b in range(a)])], "expected": 1},
        {"tags": ["identity", "disconnected"], "args": [_matrix(5, [])], "expected": 5},
        {"tags": ["chain", "transitive"], "args": [_matrix(3, [(0, 1), (1, 2)])], "expected": 1},
        {"tags": ["chain", "transitive"], "args": [_matrix(5, [(0, 1), (1, 2), (2, 3), (3, 4)])], "expected": 1},
        {"tags": ["chain", "label-order"], "args": [_matrix(5, [(4, 2), (2, 0), (0, 3), (3, 1)])], "expected": 1},
        {"tags": ["transitive", "shared-neighbour"], "args": [_matrix(3, [(0, 2), (1, 2)])], "expected": 1},
        {"tags": ["star"], "args": [_matrix(5, [(0, 1), (0, 2), (0, 3), (0, 4)])], "expected": 1},
        {"tags": ["star", "last-city"], "args": [_matrix(5, [(4, 0), (4, 1), (4, 2), (4, 3)])], "expected": 1},
        {"tags": ["isolated", "last-city"], "args": [_matrix(4, [(0, 1), (1, 2)])], "expected": 2},
        {"tags": ["isolated", "first-city"], "args": [_matrix(4, [(1, 2), (2, 3)])], "expected": 2},
        {"tags": ["cycle"], "args": [_matrix(4, [(0, 1), (1, 2), (2, 3), (3, 0)])], "expected": 1},
        {"tags": ["disconnected", "pairs"], "args": [_matrix(6, [(0, 3), (1, 4), (2, 5)])], "expected": 3},
        {"tags": ["disconnected", "interleaved"], "args": [_matrix(6, [(0, 2), (2, 4), (1, 3), (3, 5)])],
         "expected": 2},
        {"tags": ["merge-order", "transitive"], "args": [_matrix(6, [(0, 1), (2, 3), (4, 5), (1, 2), (3, 4)])],
         "expected": 1},
        {"tags": ["merge-order"], "args": [_matrix(7, [(5, 6), (3, 4), (1, 2), (0, 6), (2, 4)])], "expected": 2},
        {"tags": ["merge-order", "transitive"], "args": [_matrix(5, [(0, 4), (1, 4), (2, 3), (1, 3)])],
         "expected": 1},
        {"tags": ["two-stars"], "args": [_matrix(8, [(0, 2), (0, 4), (0, 6), (7, 1), (7, 3), (7, 5)])],
         "expected": 2},
    ]
    for n, k, extra in ((10, 3, 2), (40, 5, 10), (120, 7, 30), (150, 1, 0), (150, 60, 1)):
        cases.append({"tags": ["random"], "args": [_groups(rng, n, k, extra)]})

    # Max size, LeetCode's: n = 200. All roads present: a union without path compression builds a chain
    # and walks it on every road; a transitive closure does n^3 = 8 * 10^6 steps, fast enough here.
    n = 200
    cases.append({"tags": ["max-size", "all-ones"], "args": [[[1] * n for _ in range(n)]]})
    cases.append({"tags": ["max-size", "identity", "disconnected"], "args": [_matrix(n, [])]})
    order = rng.sample(range(n), n)
    cases.append({"tags": ["max-size", "chain", "deep"], "args": [_matrix(n, list(zip(order, order[1:])))]})
    cases.append({"tags": ["max-size", "random"], "args": [_groups(rng, n, 17, 300)]})
    cases.append({"tags": ["max-size", "random", "pairs"], "args": [_groups(rng, n, 100, 0)]})
    # One province, about 3% of pairs joined: the closure fills up after a few rounds.
    cases.append({"tags": ["max-size", "random", "dense"], "args": [_groups(rng, n, 1, 600)]})
    return cases
