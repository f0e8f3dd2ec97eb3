"""Cases for online-stock-span: LeetCode-style scripts of one constructor and many `next` calls."""

import random


def _script(prices):
    return [["StockSpanner"] + ["next"] * len(prices), [[]] + [[p] for p in prices]]


def _case(tags, prices, spans=None):
    case = {"tags": tags, "args": _script(prices)}
    if spans is not None:
        case["expected"] = [None] + spans
    return case


EXAMPLES = [
    {"args": _script([90, 70, 75, 70, 80, 95, 60]), "expected": [None, 1, 1, 2, 1, 4, 6, 1],
     "explanation": "75 covers itself and the 70 before it (2); 80 covers 70, 75, 70 and itself (4); 95 covers "
                    "everything so far (6); 60 is below 95, so only itself."},
    {"args": _script([5, 5, 5]), "expected": [None, 1, 2, 3],
     "explanation": "Equal earlier prices belong to the span."},
]


def hidden_cases():
    rng = random.Random(901)
    cases = [
        _case(["empty"], [], []),
        _case(["single"], [7], [1]),
        _case(["increasing", "sorted"], [1, 2, 3, 4], [1, 2, 3, 4]),
        _case(["decreasing", "reversed"], [4, 3, 2, 1], [1, 1, 1, 1]),
        _case(["all-equal"], [5, 5, 5, 5], [1, 2, 3, 4]),
        _case(["duplicates", "pop-chain"], [3, 3, 1, 3], [1, 2, 1, 4]),
        _case(["duplicates"], [2, 1, 2, 1, 2], [1, 1, 3, 1, 5]),
        _case(["pop-many"], [9, 4, 6, 5, 6], [1, 1, 2, 1, 4]),
        _case(["pop-many", "new-high"], [9, 4, 6, 5, 6, 10], [1, 1, 2, 1, 4, 6]),
        _case(["valley"], [50, 20, 10, 30, 60], [1, 1, 1, 3, 5]),
        _case(["mountain"], [10, 20, 30, 20, 10], [1, 2, 3, 1, 1]),
        _case(["zigzag"], [5, 1, 6, 2, 7, 3], [1, 1, 3, 1, 5, 1]),
        _case(["extreme-values"], [100_000, 1, 100_000], [1, 1, 3]),
        _case(["extreme-values"], [1, 100_000, 99_999, 100_000], [1, 2, 1, 4]),
        _case(["stops-at-larger"], [8, 3, 4, 9, 2, 8], [1, 1, 2, 4, 1, 2]),
        _case(["just-below"], [6, 5, 7, 6, 7], [1, 1, 3, 1, 5]),
        _case(["just-above"], [6, 7, 6, 5, 8], [1, 2, 1, 1, 5]),
    ]
    for n, hi, tag in ((12, 10, "small"), (300, 50, "medium"), (3000, 100_000, "large")):
        cases.append(_case([tag, "random"], [rng.randint(1, hi) for _ in range(n)]))
    cases.append(_case(["random", "duplicates"], [rng.randint(1, 3) for _ in range(500)]))
    cases.append(_case(["sawtooth", "medium"], [1 + k % 37 for k in range(2000)]))

    # Max size, LeetCode's: 10_000 calls. Walking back over every earlier day costs ~n^2 / 2 = 5 * 10^7
    # steps on a rising run.
    n = 10_000
    cases.append(_case(["max-size", "increasing"], list(range(1, n + 1))))
    cases.append(_case(["max-size", "all-equal"], [777] * n))
    cases.append(_case(["max-size", "random"], [rng.randint(1, 100_000) for _ in range(n)]))
    cases.append(_case(["max-size", "decreasing", "pop-many"], list(range(n, 1, -1)) + [n + 1]))  # n - 1 calls
    cases.append(_case(["max-size", "duplicates", "increasing"], [1 + 3 * k // 5 for k in range(n)]))
    return cases
