"""Cases for course-schedule-ii. A pair [course, prereq] is an edge prereq -> course.

Many inputs have several valid orders, so `expected` is written by hand only where the
answer is unique (a single chain through every course, or [] for a cycle); checker.py
judges the rest.
"""

import random

from judge.packs.graphs import chain as _chain, forward_edges as _dag_edges, ladder as _ladder

EXAMPLES = [
    {"args": [4, [[1, 0], [2, 1], [3, 2]]], "expected": [0, 1, 2, 3],
     "explanation": "Each course needs the one before it, so this is the only order."},
    {"args": [4, [[1, 0], [2, 0], [3, 1], [3, 2]]], "expected": [0, 1, 2, 3],
     "explanation": "0 first and 3 last; 1 and 2 may come in either order, so [0, 2, 1, 3] is accepted too."},
    {"args": [2, [[0, 1], [1, 0]]], "expected": [],
     "explanation": "Each course needs the other: there is no valid order."},
]


def hidden_cases():
    rng = random.Random(210)
    cases = [
        {"tags": ["single", "empty"], "args": [1, []], "expected": [0]},
        {"tags": ["empty", "isolated"], "args": [4, []]},
        {"tags": ["cycle", "disconnected"], "args": [4, [[1, 0], [3, 2], [2, 3]]], "expected": []},
        {"tags": ["cycle", "tail"], "args": [4, [[1, 0], [2, 1], [3, 2], [2, 3]]], "expected": []},
        {"tags": ["single-edge"], "args": [2, [[1, 0]]], "expected": [0, 1]},
        {"tags": ["single-edge", "label-order"], "args": [2, [[0, 1]]], "expected": [1, 0]},
        {"tags": ["chain", "label-order"], "args": [5, [[0, 1], [1, 2], [2, 3], [3, 4]]],
         "expected": [4, 3, 2, 1, 0]},
        {"tags": ["chain"], "args": [5, [[3, 1], [2, 4], [1, 0], [4, 3]]], "expected": [0, 1, 3, 4, 2]},
        {"tags": ["cycle"], "args": [2, [[0, 1], [1, 0]]], "expected": []},
        {"tags": ["cycle"], "args": [3, [[1, 0], [2, 1], [0, 2]]], "expected": []},
        {"tags": ["diamond", "shared-prereq"], "args": [4, [[1, 0], [2, 0], [3, 1], [3, 2]]]},
        {"tags": ["shared-prereq", "label-order"], "args": [4, [[0, 3], [1, 3], [2, 3], [0, 1], [0, 2]]]},
        {"tags": ["two-paths", "chain"], "args": [3, [[1, 0], [2, 1], [2, 0]]], "expected": [0, 1, 2]},
        {"tags": ["two-paths", "label-order"], "args": [4, [[0, 1], [0, 2], [1, 3], [2, 3], [0, 3]]]},
        {"tags": ["two-paths", "cycle"], "args": [3, [[1, 0], [0, 1], [2, 1], [2, 0]]], "expected": []},
        {"tags": ["disconnected"], "args": [6, [[1, 0], [3, 2], [5, 4]]]},
        {"tags": ["disconnected", "cycle", "no-start"], "args": [5, [[1, 0], [3, 2], [2, 3]]], "expected": []},
        {"tags": ["cycle", "partial-order"], "args": [5, [[1, 0], [2, 1], [3, 2], [4, 3], [2, 4]]],
         "expected": []},
        {"tags": ["cycle", "partial-order"], "args": [6, [[1, 0], [2, 1], [1, 2], [3, 0]]], "expected": []},
        {"tags": ["isolated"], "args": [7, [[6, 0], [6, 3]]]},
        {"tags": ["isolated", "label-order"], "args": [5, [[4, 0]]]},
    ]
    # Random medium cases; the reference computes expected, the checker judges.
    for n, e in ((30, 60), (1000, 3000), (1500, 5000)):
        edges, _ = _dag_edges(rng, n, e)
        cases.append({"tags": ["random", "dag"], "args": [n, edges]})
    edges, order = _dag_edges(rng, 2000, 4000)
    a, b = order[100], order[1900]
    loop = [[order[101], a], [order[1899], order[101]], [b, order[1899]], [a, b]]  # a -> ... -> b -> a
    edges = [e for e in edges if e not in loop] + loop
    rng.shuffle(edges)
    cases.append({"tags": ["random", "cycle", "partial-order"], "args": [2000, edges]})
    edges = sorted({(rng.randrange(50), rng.randrange(50)) for _ in range(130)} - {(c, c) for c in range(50)})
    cases.append({"tags": ["random", "dense"], "args": [50, [list(e) for e in edges]]})
    edges, _ = _dag_edges(rng, 2000, 1200)  # most courses appear in no pair
    cases.append({"tags": ["random", "isolated"], "args": [2000, edges]})

    # Max size, LeetCode's: 2000 courses, here up to 5000 distinct pairs, no [c, c]. A search that does
    # not remember finished courses walks every path of the ladder (2 ** 1000 of them); rescanning every
    # pair once per course taken, O(V * (V + E)), stays well within the limit at these sizes.
    n = 2000
    edges, _ = _chain(rng, n)
    cases.append({"tags": ["max-size", "chain", "deep"], "args": [n, edges]})
    edges, order = _chain(rng, n)
    edges.append([order[0], order[-1]])  # close the chain into one huge cycle
    rng.shuffle(edges)
    cases.append({"tags": ["max-size", "chain", "deep", "cycle", "no-start"], "args": [n, edges]})
    edges, _ = _dag_edges(rng, n, 5000)
    cases.append({"tags": ["max-size", "random", "dag"], "args": [n, edges]})
    chain, order = _chain(rng, n)
    edges, _ = _dag_edges(rng, n, 5000 - n, order, avoid=chain)
    edges += chain + [[order[n // 3], order[2 * n // 3]]]  # one back edge, deep inside a long path
    rng.shuffle(edges)
    cases.append({"tags": ["max-size", "deep", "cycle", "partial-order"], "args": [n, edges]})
    cases.append({"tags": ["max-size", "empty", "isolated"], "args": [n, []]})
    edges = [[c, 0] for c in rng.sample(range(1, n), n - 1)]  # course 0 unlocks everything
    cases.append({"tags": ["max-size", "shared-prereq"], "args": [n, edges]})
    chain, order = _chain(rng, n)
    edges, _ = _dag_edges(rng, n, n + 1, order, avoid=chain)
    edges += chain
    rng.shuffle(edges)
    cases.append({"tags": ["max-size", "deep", "dag"], "args": [n, edges]})
    edges, _ = _ladder(rng, n)
    cases.append({"tags": ["max-size", "many-paths", "dag"], "args": [n, edges]})
    edges, order = _ladder(rng, n)
    edges.append([order[0], order[-1]])  # the last course is a prerequisite of the first: a cycle
    rng.shuffle(edges)
    cases.append({"tags": ["max-size", "many-paths", "cycle"], "args": [n, edges]})
    return cases
