"""Cases for find-eventual-safe-states. graph[i] lists i's successors in increasing order."""

import random

EXAMPLES = [
    {"args": [[[1, 2], [2, 3], [5], [0], [5], [], []]], "expected": [2, 4, 5, 6],
     "explanation": "5 and 6 are terminal; 2 and 4 only lead to 5. 0 -> 1 -> 3 -> 0 is a cycle."},
    {"args": [[[1, 2, 3, 4], [1, 2], [3, 4], [0, 4], []]], "expected": [4],
     "explanation": "1 has an edge to itself, and 0 -> 3 -> 0 is a cycle; only the terminal node 4 is safe."},
    {"args": [[[1], [2], []]], "expected": [0, 1, 2], "explanation": "A chain into a terminal node: all safe."},
]


def _graph(n, edges):
    out = [set() for _ in range(n)]
    for a, b in edges:
        out[a].add(b)
    return [sorted(s) for s in out]


def _random(rng, n, e, acyclic):
    order = rng.sample(range(n), n)
    edges = set()
    while len(edges) < e:
        i, j = rng.randrange(n), rng.randrange(n)
        if acyclic:
            if i == j:
                continue
            i, j = min(i, j), max(i, j)
        edges.add((order[i], order[j]))
    return _graph(n, edges)


def hidden_cases():
    rng = random.Random(802)
    cases = [
        {"tags": ["terminal", "single-edge"], "args": [[[1], []]], "expected": [0, 1]},
        {"tags": ["single", "self-loop"], "args": [[[0]]], "expected": []},
        {"tags": ["terminal", "single-edge"], "args": [[[], [], [3], []]], "expected": [0, 1, 2, 3]},
        {"tags": ["self-loop"], "args": [[[1], [1], []]], "expected": [2]},
        {"tags": ["self-loop", "chain"], "args": [[[1], [2], [2, 3], []]], "expected": [3]},
        {"tags": ["cycle"], "args": [[[1], [0]]], "expected": []},
        {"tags": ["cycle"], "args": [[[1], [2], [0]]], "expected": []},
        {"tags": ["chain"], "args": [[[1], [2], [3], [4], []]], "expected": [0, 1, 2, 3, 4]},
        {"tags": ["chain", "label-order"], "args": [[[], [0], [1], [2], [3]]], "expected": [0, 1, 2, 3, 4]},
        {"tags": ["chain", "into-cycle"], "args": [[[1], [2], [3], [4], [3]]], "expected": []},
        {"tags": ["diamond", "dag"], "args": [[[1, 2], [3], [3], []]], "expected": [0, 1, 2, 3]},
        {"tags": ["diamond", "dag"], "args": [[[1, 2, 3], [3, 4], [3, 4], [4], []]], "expected": [0, 1, 2, 3, 4]},
        {"tags": ["some-path-unsafe"], "args": [[[1, 2], [], [3], [2]]], "expected": [1]},
        {"tags": ["some-path-unsafe"], "args": [[[1, 3], [2], [], [3]]], "expected": [1, 2]},
        {"tags": ["two-levels"], "args": [[[1], [2], [3], [3]]], "expected": []},
        {"tags": ["two-levels"], "args": [[[1], [2, 4], [], [3], []]], "expected": [0, 1, 2, 4]},
        {"tags": ["points-at-cycle"], "args": [[[], [0, 2], [3], [2]]], "expected": [0]},
        {"tags": ["disconnected"], "args": [[[1], [0], [3], [], [4], [6], []]], "expected": [2, 3, 5, 6]},
        {"tags": ["complete"], "args": [[[0, 1, 2], [0, 1, 2], [0, 1, 2]]], "expected": []},
        {"tags": ["dag", "complete"], "args": [[[1, 2, 3], [2, 3], [3], []]], "expected": [0, 1, 2, 3]},
        {"tags": ["last-node"], "args": [[[4], [4], [4], [4], [4]]], "expected": []},
        {"tags": ["last-node"], "args": [[[4], [4], [4], [4], []]], "expected": [0, 1, 2, 3, 4]},
    ]
    for n, e, acyclic in ((12, 20, False), (100, 150, False), (500, 900, True), (2000, 2500, False)):
        cases.append({"tags": ["random", "dag" if acyclic else "cycle"], "args": [_random(rng, n, e, acyclic)]})

    # Max size: 10_000 nodes, up to 40_000 edges. On an upward chain, repeated "mark a node
    # safe when all its successors are" passes settle one node per pass: n^2 / 2 checks.
    n = 10_000
    cases.append({"tags": ["max-size", "chain", "deep"], "args": [[[k + 1] for k in range(n - 1)] + [[]]]})
    chain = [[k + 1] for k in range(n - 1)] + [[n - 2]]
    cases.append({"tags": ["max-size", "chain", "into-cycle"], "args": [chain]})
    cases.append({"tags": ["max-size", "random", "dag"], "args": [_random(rng, n, 40_000, True)]})
    cases.append({"tags": ["max-size", "random", "cycle"], "args": [_random(rng, n, 12_000, False)]})
    wide = [[k + 1, k + 2, k + 3, n - 1] if k + 3 < n - 1 else [j for j in range(k + 1, n)] for k in range(n)]
    cases.append({"tags": ["max-size", "dag", "diamond"], "args": [wide]})
    return cases
