"""Cases for cheapest-flights-within-k-stops. k stops means at most k + 1 flights."""

import random

EXAMPLES = [
    {"args": [4, [[0, 1, 100], [1, 2, 100], [2, 3, 100], [0, 3, 500], [1, 3, 600]], 0, 3, 1], "expected": 500,
     "explanation": "0 -> 1 -> 2 -> 3 costs 300 but has 2 stops; with 1 stop allowed the direct 500 flight wins."},
    {"args": [3, [[0, 1, 10], [1, 2, 10], [0, 2, 50]], 0, 2, 1], "expected": 20,
     "explanation": "One stop at city 1 is allowed: 10 + 10."},
    {"args": [3, [[0, 1, 10], [1, 2, 10]], 0, 2, 0], "expected": -1,
     "explanation": "No direct flight, and no stop is allowed."},
]


def _random_flights(rng, n, e, top=10_000):
    pairs = set()
    while len(pairs) < e:
        a, b = rng.randrange(n), rng.randrange(n)
        if a != b:
            pairs.add((a, b))
    flights = [[a, b, rng.randint(1, top)] for a, b in pairs]
    rng.shuffle(flights)
    return flights


def _squares(rng, n):
    """Every forward flight i -> j priced (j - i)^2: more flights are always cheaper."""
    flights = [[i, j, (j - i) ** 2] for i in range(n) for j in range(i + 1, n)]
    rng.shuffle(flights)
    return flights


def hidden_cases():
    rng = random.Random(787)
    cases = [
        {"tags": ["no-flights"], "args": [2, [], 0, 1, 1], "expected": -1},
        {"tags": ["direct", "k-zero"], "args": [2, [[0, 1, 7]], 0, 1, 0], "expected": 7},
        {"tags": ["directed"], "args": [2, [[0, 1, 7]], 1, 0, 1], "expected": -1},
        {"tags": ["k-zero"], "args": [3, [[0, 1, 1], [1, 2, 1], [0, 2, 9]], 0, 2, 0], "expected": 9},
        {"tags": ["k-exact"], "args": [4, [[0, 1, 1], [1, 2, 1], [2, 3, 1], [0, 3, 9]], 0, 3, 2], "expected": 3},
        {"tags": ["k-too-small"], "args": [4, [[0, 1, 1], [1, 2, 1], [2, 3, 1], [0, 3, 9]], 0, 3, 1], "expected": 9},
        {"tags": ["k-too-small"], "args": [4, [[0, 1, 1], [1, 2, 1], [2, 3, 1]], 0, 3, 1], "expected": -1},
        {"tags": ["k-large"], "args": [4, [[0, 1, 1], [1, 2, 1], [2, 3, 1], [0, 3, 9]], 0, 3, 3], "expected": 3},
        {"tags": ["fewer-stops-dearer"],
         "args": [5, [[0, 1, 1], [1, 2, 1], [2, 3, 1], [3, 4, 1], [0, 2, 5], [2, 4, 5], [0, 4, 20]], 0, 4, 1],
         "expected": 10},
        {"tags": ["fewer-stops-dearer", "in-place-trap"],
         "args": [4, [[0, 1, 1], [1, 2, 1], [2, 3, 1], [0, 2, 10], [1, 3, 10]], 0, 3, 1], "expected": 11},
        {"tags": ["in-place-trap"], "args": [3, [[0, 1, 1], [1, 2, 1], [0, 2, 5]], 0, 2, 0], "expected": 5},
        {"tags": ["settled-trap"],
         "args": [5, [[0, 1, 1], [1, 2, 1], [0, 2, 5], [2, 3, 1], [3, 4, 1]], 0, 4, 2], "expected": 7},
        {"tags": ["cycle"], "args": [3, [[0, 1, 2], [1, 0, 2], [1, 2, 3]], 0, 2, 1], "expected": 5},
        {"tags": ["cycle"], "args": [4, [[0, 1, 1], [1, 2, 1], [2, 0, 1], [2, 3, 1]], 1, 3, 0], "expected": -1},
        {"tags": ["dst-is-zero"], "args": [3, [[2, 1, 4], [1, 0, 4], [2, 0, 10]], 2, 0, 1], "expected": 8},
        {"tags": ["unreachable", "disconnected"], "args": [4, [[0, 1, 3], [2, 3, 3]], 0, 3, 3], "expected": -1},
        {"tags": ["max-price"], "args": [3, [[0, 1, 10_000], [1, 2, 10_000]], 0, 2, 1], "expected": 20_000},
        {"tags": ["through-dst"], "args": [3, [[0, 2, 5], [2, 1, 1], [1, 2, 1]], 0, 2, 2], "expected": 5},
    ]
    for n, e, top in ((5, 8, 10), (8, 20, 100), (20, 100, 50), (60, 1000, 10_000)):
        src, dst = rng.sample(range(n), 2)
        cases.append({"tags": ["random"], "args": [n, _random_flights(rng, n, e, top), src, dst, rng.randrange(n)]})

    # Max size: 100 cities, 4 950 flights. Trying every route of up to k + 1 flights blows up
    # exponentially; k + 1 rounds of relaxation cost k * E.
    n = 100
    cases.append({"tags": ["max-size", "more-stops-cheaper"], "args": [n, _squares(rng, n), 0, n - 1, n - 2],
                  "expected": n - 1})
    cases.append({"tags": ["max-size", "more-stops-cheaper"], "args": [n, _squares(rng, n), 0, n - 1, 32]})
    cases.append({"tags": ["max-size", "k-zero"], "args": [n, _squares(rng, n), 0, n - 1, 0],
                  "expected": (n - 1) ** 2})
    flights = _random_flights(rng, n, n * (n - 1) // 2)
    cases.append({"tags": ["max-size", "random", "cycle"], "args": [n, flights, 3, 77, n - 1]})
    flights = [[i, i + 1, 1] for i in range(n - 1)] + [[0, n - 1, 9_999]]
    cases.append({"tags": ["max-size", "k-too-small", "chain"], "args": [n, flights, 0, n - 1, n - 3],
                  "expected": 9_999})
    flights = [f for f in _random_flights(rng, n, n * (n - 1) // 2) if f[1] != 42]
    cases.append({"tags": ["max-size", "unreachable"], "args": [n, flights, 0, 42, n - 1], "expected": -1})
    return cases
