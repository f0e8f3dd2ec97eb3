"""Cases for course-schedule. A pair [course, prereq] is an edge prereq -> course."""

import random

from judge.packs.graphs import chain as _chain, forward_edges as _dag_edges, ladder as _ladder

EXAMPLES = [
    {"args": [3, [[1, 0], [2, 1]]], "expected": True,
     "explanation": "Take 0, then 1, then 2."},
    {"args": [3, [[1, 0], [0, 2], [2, 1]]], "expected": False,
     "explanation": "0 needs 2, 2 needs 1 and 1 needs 0: none of the three can ever start."},
    {"args": [4, [[1, 0], [2, 0], [3, 1], [3, 2]]], "expected": True,
     "explanation": "Two paths meet at course 3; that is not a cycle. One order is 0, 1, 2, 3."},
]


def hidden_cases():
    rng = random.Random(207)
    cases = [
        {"tags": ["single", "empty"], "args": [1, []], "expected": True},
        {"tags": ["empty", "isolated"], "args": [5, []], "expected": True},
        {"tags": ["single", "self-loop"], "args": [1, [[0, 0]]], "expected": False},
        {"tags": ["self-loop", "disconnected"], "args": [3, [[1, 0], [2, 2]]], "expected": False},
        {"tags": ["self-loop"], "args": [4, [[1, 0], [2, 1], [3, 2], [3, 3]]], "expected": False},
        {"tags": ["single-edge"], "args": [2, [[1, 0]]], "expected": True},
        {"tags": ["single-edge", "label-order"], "args": [2, [[0, 1]]], "expected": True},
        {"tags": ["cycle"], "args": [2, [[0, 1], [1, 0]]], "expected": False},
        {"tags": ["cycle"], "args": [3, [[1, 0], [2, 1], [0, 2]]], "expected": False},
        {"tags": ["diamond", "shared-prereq"], "args": [4, [[1, 0], [2, 0], [3, 1], [3, 2]]], "expected": True},
        {"tags": ["shared-prereq"], "args": [3, [[1, 0], [2, 0], [2, 1]]], "expected": True},
        {"tags": ["shared-prereq", "label-order"], "args": [4, [[0, 3], [1, 3], [2, 3], [0, 1], [0, 2]]],
         "expected": True},
        {"tags": ["two-paths"], "args": [3, [[1, 0], [2, 1], [2, 0]]], "expected": True},
        {"tags": ["two-paths", "label-order"], "args": [4, [[0, 1], [0, 2], [1, 3], [2, 3], [0, 3]]],
         "expected": True},
        {"tags": ["cycle", "two-paths"], "args": [3, [[1, 0], [0, 1], [2, 1], [2, 0]]], "expected": False},
        {"tags": ["disconnected"], "args": [6, [[1, 0], [3, 2], [5, 4]]], "expected": True},
        {"tags": ["disconnected", "cycle", "no-start"], "args": [5, [[1, 0], [3, 2], [2, 3]]], "expected": False},
        {"tags": ["cycle", "no-start"], "args": [4, [[1, 0], [2, 1], [3, 2], [0, 3]]], "expected": False},
        {"tags": ["cycle", "tail"], "args": [5, [[1, 0], [2, 1], [3, 2], [4, 3], [2, 4]]], "expected": False},
        {"tags": ["cycle", "reachable"], "args": [4, [[1, 0], [2, 1], [1, 2], [3, 0]]], "expected": False},
        {"tags": ["chain", "label-order"], "args": [5, [[0, 1], [1, 2], [2, 3], [3, 4]]], "expected": True},
        {"tags": ["isolated"], "args": [7, [[6, 0], [6, 3]]], "expected": True},
    ]
    # Random medium cases; the reference computes expected.
    for n, e in ((30, 60), (1000, 3000), (1500, 5000)):
        edges, _ = _dag_edges(rng, n, e)
        cases.append({"tags": ["random", "dag"], "args": [n, edges]})
    edges, order = _dag_edges(rng, 2000, 4000)
    a, b = order[100], order[1900]
    loop = [[order[101], a], [order[1899], order[101]], [b, order[1899]], [a, b]]  # a -> ... -> b -> a
    edges = [e for e in edges if e not in loop] + loop
    rng.shuffle(edges)
    cases.append({"tags": ["random", "cycle"], "args": [2000, edges]})
    edges = list({(rng.randrange(50), rng.randrange(50)) for _ in range(120)})
    cases.append({"tags": ["random", "dense"], "args": [50, [list(e) for e in sorted(edges)]]})
    edges, _ = _dag_edges(rng, 1500, 3000)
    edges.append([7, 7])
    rng.shuffle(edges)
    cases.append({"tags": ["random", "self-loop"], "args": [1500, edges]})

    # Max size, LeetCode's: 2000 courses, 5000 distinct pairs. A search that forgets which courses it
    # has finished walks every path of the ladder (2 ** 1000 of them); rescanning every pair once per
    # course taken, O(V * (V + E)), stays well within the limit at these sizes.
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
    cases.append({"tags": ["max-size", "deep", "cycle"], "args": [n, edges]})
    cases.append({"tags": ["max-size", "empty", "isolated"], "args": [n, []]})
    edges = [[c, 0] for c in rng.sample(range(1, n), n - 1)]  # course 0 unlocks everything
    cases.append({"tags": ["max-size", "shared-prereq"], "args": [n, edges]})
    edges = [[k + 1, k] for k in range(0, n - 2, 2)]  # n // 2 - 1 separate two-course groups
    edges.append([n - 1, n - 1])  # and the last course requires itself
    rng.shuffle(edges)
    cases.append({"tags": ["max-size", "disconnected", "self-loop"], "args": [n, edges]})
    edges, _ = _ladder(rng, n)
    cases.append({"tags": ["max-size", "many-paths", "dag"], "args": [n, edges]})
    edges, order = _ladder(rng, n)
    edges.append([order[0], order[-1]])  # the last course is a prerequisite of the first: a cycle
    rng.shuffle(edges)
    cases.append({"tags": ["max-size", "many-paths", "cycle"], "args": [n, edges]})
    return cases
