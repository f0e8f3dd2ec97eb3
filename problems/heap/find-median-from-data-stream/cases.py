"""Cases for find-median-from-data-stream: LeetCode-style scripts; medians compared within 1e-5."""

import random


def _script(steps):
    """steps: ints (addNum) and "?" (findMedian)."""
    ops, args = ["MedianFinder"], [[]]
    for step in steps:
        if step == "?":
            ops.append("findMedian")
            args.append([])
        else:
            ops.append("addNum")
            args.append([step])
    return [ops, args]


def _case(tags, steps, medians=None):
    case = {"tags": tags, "args": _script(steps)}
    if medians is not None:
        medians = iter(medians)
        case["expected"] = [None] + [next(medians) if s == "?" else None for s in steps]
    return case


def _stream(rng, n, top, every):
    """n random adds, each followed by a query with probability `every`."""
    steps = []
    for _ in range(n):
        steps.append(rng.randint(-top, top))
        if rng.random() < every:
            steps.append("?")
    return steps


EXAMPLES = [
    {"args": _script([5, "?", 1, "?", 9, "?", 2, "?"]),
     "expected": [None, None, 5.0, None, 3.0, None, 5.0, None, 3.5],
     "explanation": "[5] -> 5; [1, 5] -> (1 + 5) / 2 = 3; [1, 5, 9] -> 5; [1, 2, 5, 9] -> (2 + 5) / 2 = 3.5."},
    {"args": _script([-1, -2, "?"]), "expected": [None, None, None, -1.5],
     "explanation": "The mean of -2 and -1 is -1.5: no rounding, in either direction."},
]


def hidden_cases():
    rng = random.Random(295)
    cases = [
        _case(["single"], [7, "?"], [7.0]),
        _case(["constructor-only"], [], []),
        _case(["adds-only"], [3, 1, 2]),
        _case(["half"], [1, 2, "?"], [1.5]),
        _case(["half", "negative"], [-3, -4, "?"], [-3.5]),
        _case(["half", "negative", "zero"], [0, -1, "?"], [-0.5]),
        _case(["repeat-query"], [4, "?", "?", 8, "?", "?"], [4.0, 4.0, 6.0, 6.0]),
        _case(["all-equal"], [2, 2, "?", 2, "?", 2, "?"], [2.0, 2.0, 2.0]),
        _case(["increasing"], [1, "?", 2, "?", 3, "?", 4, "?", 5, "?"], [1.0, 1.5, 2.0, 2.5, 3.0]),
        _case(["decreasing"], [5, "?", 4, "?", 3, "?", 2, "?", 1, "?"], [5.0, 4.5, 4.0, 3.5, 3.0]),
        _case(["crossing"], [10, 1, "?", 5, "?", 6, "?"], [5.5, 5.0, 5.5]),
        _case(["crossing"], [1, 100, 2, 99, "?", 50, "?"], [50.5, 50.0]),
        _case(["outliers"], [1, 2, 3, 1000, -1000, "?"], [2.0]),
        _case(["extreme-values"], [-100_000, 100_000, "?"], [0.0]),
        _case(["extreme-values"], [100_000, 100_000, -100_000, "?"], [100_000.0]),
        _case(["duplicates"], [3, 1, 3, 1, "?", 2, "?"], [2.0, 2.0]),
        _case(["zero"], [0, "?", 0, "?", 1, "?"], [0.0, 0.0, 0.0]),
        _case(["unsorted-heap-trap"], [5, 9, 1, 7, 3, 8, 2, "?"], [5.0]),
    ]
    for n, top, tag in ((10, 10, "small"), (300, 1000, "medium"), (3000, 100_000, "large")):
        cases.append(_case([tag, "random"], _stream(rng, n, top, 0.5)))
    cases.append(_case(["random", "duplicates"], _stream(rng, 500, 2, 0.7)))

    # Max size: 30_000 calls. Sorting every number on each findMedian is ~15_000 sorts of up to 15_000 items.
    cases.append(_case(["max-size", "random"], _stream(rng, 15_000, 100_000, 1.0)))
    steps = [rng.randint(-100_000, 100_000) for _ in range(15_000)] + ["?"] * 15_000
    cases.append(_case(["max-size", "adds-then-queries"], steps))
    steps = []
    for i in range(15_000):
        steps += [i * 13 - 100_000, "?"]
    cases.append(_case(["max-size", "increasing"], steps))
    steps = []
    for i in range(15_000):
        steps += [100_000 if i % 2 else -100_000, "?"]
    cases.append(_case(["max-size", "extreme-values"], steps))
    steps = [-rng.randint(0, 100_000) for _ in range(14_000)] + ["?"] * 16_000
    cases.append(_case(["max-size", "negative", "adds-then-queries"], steps))
    return cases
