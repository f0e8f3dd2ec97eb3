"""Cases for shortest-distances-from-source. Roads are two-way; -1 marks a town no route reaches."""

import random

EXAMPLES = [
    {"args": [4, [[0, 1, 4], [0, 2, 1], [2, 1, 2], [1, 3, 5]], 0], "expected": [0, 3, 1, 8],
     "explanation": "Town 1 is closer through town 2 (1 + 2 = 3) than by its direct road (4); town 3 is 3 + 5."},
    {"args": [3, [[0, 1, 7]], 1], "expected": [7, 0, -1],
     "explanation": "Roads go both ways, so town 0 is 7 away; no road reaches town 2."},
    {"args": [2, [[0, 1, 9], [1, 0, 2]], 0], "expected": [0, 2],
     "explanation": "Of two roads between the same towns, the shorter one counts."},
]


def _map(rng, n, e, top=1_000, connected=True):
    roads = []
    if connected:
        order = list(range(n))
        rng.shuffle(order)
        roads = [[order[i], order[i + 1], rng.randint(0, top)] for i in range(n - 1)]
    while len(roads) < e:
        roads.append([rng.randrange(n), rng.randrange(n), rng.randint(0, top)])
    rng.shuffle(roads)
    return roads


def hidden_cases():
    rng = random.Random(1)
    cases = [
        {"tags": ["single", "empty"], "args": [1, [], 0], "expected": [0]},
        {"tags": ["empty", "unreachable"], "args": [3, [], 1], "expected": [-1, 0, -1]},
        {"tags": ["single-road"], "args": [2, [[0, 1, 5]], 0], "expected": [0, 5]},
        {"tags": ["single-road", "both-directions"], "args": [2, [[0, 1, 5]], 1], "expected": [5, 0]},
        {"tags": ["detour"], "args": [3, [[0, 2, 10], [0, 1, 3], [1, 2, 3]], 0], "expected": [0, 3, 6]},
        {"tags": ["detour", "more-roads-shorter"],
         "args": [5, [[0, 4, 50], [0, 1, 1], [1, 2, 1], [2, 3, 1], [3, 4, 1]], 0], "expected": [0, 1, 2, 3, 4]},
        {"tags": ["parallel-roads"], "args": [2, [[0, 1, 3], [0, 1, 8]], 0], "expected": [0, 3]},
        {"tags": ["parallel-roads"], "args": [3, [[1, 2, 2], [0, 1, 1], [2, 1, 9]], 2], "expected": [3, 2, 0]},
        {"tags": ["self-loop"], "args": [2, [[0, 0, 4], [0, 1, 6]], 0], "expected": [0, 6]},
        {"tags": ["self-loop", "unreachable"], "args": [3, [[1, 1, 0], [0, 2, 2]], 0], "expected": [0, -1, 2]},
        {"tags": ["zero-length"], "args": [3, [[0, 1, 0], [1, 2, 0]], 2], "expected": [0, 0, 0]},
        {"tags": ["zero-length", "cycle"], "args": [4, [[0, 1, 0], [1, 2, 0], [2, 0, 0], [2, 3, 7]], 1],
         "expected": [0, 0, 0, 7]},
        {"tags": ["disconnected"], "args": [5, [[0, 1, 2], [3, 4, 2]], 4], "expected": [-1, -1, -1, 2, 0]},
        {"tags": ["source-last"], "args": [4, [[0, 1, 1], [1, 2, 1], [2, 3, 1]], 3], "expected": [3, 2, 1, 0]},
        {"tags": ["star"], "args": [5, [[2, 0, 4], [2, 1, 3], [2, 3, 2], [2, 4, 1]], 2], "expected": [4, 3, 0, 2, 1]},
        {"tags": ["max-length"], "args": [3, [[0, 1, 1_000], [1, 2, 1_000]], 0], "expected": [0, 1_000, 2_000]},
        {"tags": ["settle-early-trap"], "args": [4, [[0, 1, 5], [0, 2, 1], [2, 3, 1], [3, 1, 1]], 0],
         "expected": [0, 3, 1, 2]},
        {"tags": ["cycle"], "args": [4, [[0, 1, 1], [1, 2, 1], [2, 3, 1], [3, 0, 1]], 0], "expected": [0, 1, 2, 1]},
    ]
    for n, e, top in ((6, 9, 10), (20, 40, 100), (100, 300, 1_000), (1_000, 2_500, 1_000)):
        cases.append({"tags": ["random"], "args": [n, _map(rng, n, e, top), rng.randrange(n)]})
    cases.append({"tags": ["random", "unreachable"], "args": [300, _map(rng, 300, 200, 50, connected=False), 0]})

    # Max size: 10 000 towns, 20 000 roads. Scanning all towns for the closest one costs
    # 100 million steps; Bellman-Ford needs a round per road of the listed-backwards path.
    n, e = 10_000, 20_000
    cases.append({"tags": ["max-size", "random"], "args": [n, _map(rng, n, e), rng.randrange(n)]})
    path = [[i, i + 1, 1] for i in range(n - 1)][::-1]
    extra = [[rng.randrange(n), rng.randrange(n), rng.randint(100, 1_000)] for _ in range(e - (n - 1))]
    cases.append({"tags": ["max-size", "chain", "deep"], "args": [n, path, 0], "expected": list(range(n))})
    cases.append({"tags": ["max-size", "random", "parallel-roads"], "args": [n, path + extra, n - 1]})
    half = _map(rng, n // 2, e, 1_000)
    cases.append({"tags": ["max-size", "unreachable"], "args": [n, half, 0]})
    cases.append({"tags": ["max-size", "zero-length"], "args": [n, _map(rng, n, e, 0), 17],
                  "expected": [0] * n})
    return cases
