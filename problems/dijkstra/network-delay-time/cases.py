"""Cases for network-delay-time. Nodes are 1..n; [u, v, w] is a one-way link taking w time units."""

import random

EXAMPLES = [
    {"args": [[[1, 2, 4], [1, 3, 1], [3, 2, 2], [2, 4, 3]], 4, 1], "expected": 6,
     "explanation": "Node 2 hears at 3 (via 3, not the direct link of 4), so node 4 hears last, at 3 + 3 = 6."},
    {"args": [[[1, 2, 5]], 2, 2], "expected": -1,
     "explanation": "The link only goes from 1 to 2, so a signal from 2 never reaches 1."},
    {"args": [[[1, 2, 1], [2, 3, 2], [3, 1, 1]], 3, 2], "expected": 3,
     "explanation": "From node 2 the signal goes round the loop: node 3 at 2, then node 1 at 2 + 1 = 3."},
]


def _network(rng, n, e, k, max_w=100, reach_all=True):
    """e distinct random links; with reach_all, a random chain from k through every node comes first."""
    pairs = set()
    if reach_all:
        order = [x for x in range(1, n + 1) if x != k]
        rng.shuffle(order)
        order = [k] + order
        for i in range(n - 1):
            pairs.add((order[i], order[i + 1]))
    while len(pairs) < e:
        u, v = rng.randint(1, n), rng.randint(1, n)
        if u != v:
            pairs.add((u, v))
    times = [[u, v, rng.randint(0, max_w)] for u, v in pairs]
    rng.shuffle(times)
    return times


def hidden_cases():
    rng = random.Random(743)
    cases = [
        {"tags": ["min-size", "zero-weight"], "args": [[[1, 2, 0]], 2, 1], "expected": 0},
        {"tags": ["single-edge"], "args": [[[1, 2, 5]], 2, 1], "expected": 5},
        {"tags": ["single-edge", "directed"], "args": [[[1, 2, 5]], 2, 2], "expected": -1},
        {"tags": ["unreachable", "no-links-out"], "args": [[[2, 3, 4]], 3, 1], "expected": -1},
        {"tags": ["detour"], "args": [[[1, 2, 1], [2, 3, 1], [1, 3, 5]], 3, 1], "expected": 2},
        {"tags": ["detour", "settle-early"], "args": [[[1, 3, 5], [1, 2, 1], [2, 3, 1]], 3, 1], "expected": 2},
        {"tags": ["detour", "settle-early"], "args": [[[1, 2, 9], [1, 3, 2], [3, 4, 2], [4, 2, 2], [2, 5, 1]], 5, 1],
         "expected": 7},
        {"tags": ["zero-weight"], "args": [[[1, 2, 0], [2, 3, 0]], 3, 1], "expected": 0},
        {"tags": ["zero-weight", "cycle"], "args": [[[1, 2, 0], [2, 1, 0], [2, 3, 4]], 3, 1], "expected": 4},
        {"tags": ["zero-weight", "cycle"], "args": [[[1, 2, 0], [2, 3, 0], [3, 1, 0], [3, 4, 1], [4, 2, 0]], 4, 2],
         "expected": 1},
        {"tags": ["unreachable"], "args": [[[1, 2, 1]], 3, 1], "expected": -1},
        {"tags": ["unreachable", "directed"], "args": [[[1, 2, 1], [3, 2, 1]], 3, 1], "expected": -1},
        {"tags": ["unreachable", "cycle"], "args": [[[1, 2, 3], [2, 1, 3], [3, 1, 1]], 3, 1], "expected": -1},
        {"tags": ["source-in-middle"], "args": [[[2, 1, 3], [2, 3, 4]], 3, 2], "expected": 4},
        {"tags": ["last-is-node-1"], "args": [[[3, 2, 1], [2, 1, 10]], 3, 3], "expected": 11},
        {"tags": ["last-is-node-n"], "args": [[[1, 2, 1], [1, 3, 1], [3, 4, 50]], 4, 1], "expected": 51},
        {"tags": ["both-directions"], "args": [[[1, 2, 7], [2, 1, 1]], 2, 1], "expected": 7},
        {"tags": ["both-directions"], "args": [[[1, 2, 7], [2, 1, 1]], 2, 2], "expected": 1},
        {"tags": ["star"], "args": [[[1, 2, 3], [1, 3, 9], [1, 4, 1], [1, 5, 4]], 5, 1], "expected": 9},
        {"tags": ["max-weight", "chain"], "args": [[[1, 2, 100], [2, 3, 100], [3, 4, 100]], 4, 1], "expected": 300},
        {"tags": ["max-weight", "detour"], "args": [[[1, 4, 100], [1, 2, 33], [2, 3, 33], [3, 4, 33]], 4, 1],
         "expected": 99},
    ]
    for n, e, w in ((6, 12, 10), (20, 60, 100), (60, 600, 100), (100, 3000, 100)):
        k = rng.randint(1, n)
        cases.append({"tags": ["random"], "args": [_network(rng, n, e, k, w), n, k]})
    n = 100
    cases.append({"tags": ["random", "unreachable"], "args": [_network(rng, n, 300, 1, 100, reach_all=False), n, 1]})

    # Max size, LeetCode's: 100 nodes, 6000 links. Every textbook method is fast at this size (scanning
    # all nodes for the closest one, Bellman-Ford); trying every simple path from k is not.
    n, e = 100, 6000
    k = rng.randint(1, n)
    cases.append({"tags": ["max-size", "random"], "args": [_network(rng, n, e, k), n, k]})
    chain = [[i, i + 1, 1] for i in range(1, n)]  # the only way through, listed backwards
    backward = [[u, v, rng.randint(0, 100)] for u in range(2, n + 1) for v in range(1, u)]
    rng.shuffle(backward)  # backward links only: the chain stays the only way forward
    cases.append({"tags": ["max-size", "chain", "deep"], "args": [chain[::-1] + backward, n, 1]})
    times = _network(rng, n, e, k, 100)
    times = [t for t in times if t[1] != 7]  # nothing reaches node 7
    cases.append({"tags": ["max-size", "unreachable"], "args": [times, n, k if k != 7 else 8], "expected": -1})
    times = _network(rng, n, e, 1, 0)
    cases.append({"tags": ["max-size", "zero-weight", "cycle"], "args": [times, n, 1], "expected": 0})
    star = [[k, v, rng.randint(0, 100)] for v in range(1, n + 1) if v != k]
    cases.append({"tags": ["max-size", "star"], "args": [star, n, k]})
    return cases
