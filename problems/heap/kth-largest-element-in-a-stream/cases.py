"""Cases for kth-largest-element-in-a-stream: LeetCode-style scripts."""

import random


def _script(k, nums, adds):
    return [["KthLargest"] + ["add"] * len(adds), [[k, nums]] + [[v] for v in adds]]


def _case(tags, k, nums, adds, answers=None):
    case = {"tags": tags, "args": _script(k, nums, adds)}
    if answers is not None:
        case["expected"] = [None] + answers
    return case


EXAMPLES = [
    {"args": _script(2, [5, 1, 8], [3, 9, 6, 8, 10]), "expected": [None, 5, 8, 8, 8, 9],
     "explanation": "After 3 the scores are 8, 5, 3, 1: the second largest is 5. 9 pushes it to 8; 6 changes "
                    "nothing; a second 8 makes 8 both the second and third largest; 10 leaves 9 second."},
    {"args": _script(3, [4, 7], [1, 2, 9]), "expected": [None, 1, 2, 4],
     "explanation": "nums starts with only two scores; after the first add there are exactly three."},
]


def hidden_cases():
    rng = random.Random(703)
    cases = [
        _case(["constructor-only"], 1, [], [], []),
        _case(["empty", "k-one"], 1, [], [-3, -5, 10], [-3, -3, 10]),
        _case(["k-one"], 1, [2, 9, 4], [1, 11, 11], [9, 11, 11]),
        _case(["fewer-than-k"], 3, [4, 7], [1, 2, 9], [1, 2, 4]),
        _case(["fewer-than-k", "empty"], 1, [], [5], [5]),
        _case(["duplicates"], 2, [5, 5, 5], [5, 6, 7], [5, 5, 6]),
        _case(["duplicates"], 3, [9, 7, 3], [7, 1, 9], [7, 7, 7]),
        _case(["all-equal"], 2, [4, 4], [4, 4], [4, 4]),
        _case(["negative"], 2, [-1, -7, -3], [-2, -10, 0], [-2, -2, -1]),
        _case(["extreme-values"], 1, [-10_000], [-10_000, 10_000], [-10_000, 10_000]),
        _case(["extreme-values"], 2, [10_000, -10_000], [-10_000, 10_000], [-10_000, 10_000]),
        _case(["increasing"], 3, [1, 2, 3], [4, 5, 6], [2, 3, 4]),
        _case(["decreasing"], 3, [10, 9, 8], [7, 6, 5], [8, 8, 8]),
        _case(["smaller-than-kth"], 2, [10, 20, 30], [1, 2, 3], [20, 20, 20]),
        _case(["k-equals-total"], 4, [3, 1, 2], [0, -1], [0, 0]),
        _case(["k-equals-total"], 4, [3, 1, 2], [5, 6], [1, 2]),
        _case(["zero"], 2, [0, 0, 1], [0, -1, 2], [0, 0, 1]),
    ]
    for n, q, top, tag in ((6, 8, 10, "small"), (100, 200, 50, "medium"), (2000, 2000, 10_000, "large")):
        nums = [rng.randint(-top, top) for _ in range(n)]
        adds = [rng.randint(-top, top) for _ in range(q)]
        cases.append(_case([tag, "random"], rng.randint(1, n + 1), nums, adds))
    cases.append(_case(["random", "duplicates"], 50, [rng.randint(0, 3) for _ in range(100)],
                       [rng.randint(0, 3) for _ in range(300)]))
    cases.append(_case(["random", "empty"], 1, [], [rng.randint(-100, 100) for _ in range(300)]))

    # Max size: 10_000 scores and 10_000 adds. Sorting everything on each add is ~1e4 sorts of ~1.5e4 items.
    n = q = 10_000
    nums = [rng.randint(-10_000, 10_000) for _ in range(n)]
    adds = [rng.randint(-10_000, 10_000) for _ in range(q)]
    cases.append(_case(["max-size", "random"], 5000, nums, adds))
    cases.append(_case(["max-size", "k-one"], 1, nums, adds))
    cases.append(_case(["max-size", "k-equals-total"], n + 1, nums, adds))
    cases.append(_case(["max-size", "increasing"], 100, list(range(-n, 0)), list(range(q))))
    return cases
