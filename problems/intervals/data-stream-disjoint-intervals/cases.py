"""Cases for data-stream-disjoint-intervals: LeetCode-style scripts of addNum / getIntervals calls."""

import random


def _script(actions):
    """[ops, args] from a list of numbers to add and "get" markers."""
    ops, args = ["SummaryRanges"], [[]]
    for a in actions:
        if a == "get":
            ops.append("getIntervals")
            args.append([])
        else:
            ops.append("addNum")
            args.append([a])
    return [ops, args]


def _answers(actions, gets):
    """Expected answers: None for the constructor and every addNum, then the given summaries in order."""
    gets = iter(gets)
    return [None] + [next(gets) if a == "get" else None for a in actions]


def _case(tags, actions, gets=None):
    case = {"tags": tags, "args": _script(actions)}
    if gets is not None:
        case["expected"] = _answers(actions, gets)
    return case


EXAMPLES = [
    {"args": _script([1, "get", 3, "get", 7, "get", 2, "get", 6, "get"]),
     "expected": _answers([1, "get", 3, "get", 7, "get", 2, "get", 6, "get"],
                          [[[1, 1]], [[1, 1], [3, 3]], [[1, 1], [3, 3], [7, 7]], [[1, 3], [7, 7]],
                           [[1, 3], [6, 7]]]),
     "explanation": "2 fills the gap between 1 and 3, joining them into [1, 3]; 6 extends [7, 7] downwards."},
    {"args": _script([4, 4, "get"]), "expected": [None, None, None, [[4, 4]]],
     "explanation": "A repeated number changes nothing."},
]


def _growing_runs(rng, runs, width, adds, gets):
    """Runs seeded far apart that grow at either end, with repeats; many summaries of few runs."""
    lo = [width * j + width // 2 for j in range(runs)]
    hi = list(lo)
    actions = list(lo)
    for _ in range(adds - runs):
        j = rng.randrange(runs)
        roll = rng.random()
        if roll < 0.3:
            actions.append(rng.randint(lo[j], hi[j]))  # a repeat
        elif roll < 0.65 and lo[j] > width * j + 1:
            lo[j] -= 1
            actions.append(lo[j])
        elif hi[j] < width * (j + 1) - 2:
            hi[j] += 1
            actions.append(hi[j])
        else:
            actions.append(hi[j])
    every = adds // gets
    out = []
    for k, a in enumerate(actions):
        out.append(a)
        if k % every == every - 1:
            out.append("get")
    return out


def hidden_cases():
    rng = random.Random(352)
    cases = [
        {"tags": ["empty"], "args": [["SummaryRanges"], [[]]], "expected": [None]},
        _case(["empty"], ["get"], [[]]),
        _case(["single"], [5, "get"], [[[5, 5]]]),
        _case(["duplicates"], [5, 5, "get"], [[[5, 5]]]),
        _case(["duplicates", "inside"], [1, 2, 3, 2, "get"], [[[1, 3]]]),
        _case(["duplicates", "run-end"], [1, 2, 3, 3, "get", 1, "get"], [[[1, 3]], [[1, 3]]]),
        _case(["bridge"], [1, 3, "get", 2, "get"], [[[1, 1], [3, 3]], [[1, 3]]]),
        _case(["extend-left"], [5, 4, "get"], [[[4, 5]]]),
        _case(["extend-right"], [5, 6, "get"], [[[5, 6]]]),
        _case(["descending"], [5, 4, 3, 2, 1, 0, "get"], [[[0, 5]]]),
        _case(["extreme-values", "zero"], [10_000, 0, "get"], [[[0, 0], [10_000, 10_000]]]),
        _case(["gap-of-two"], [1, 4, "get", 2, "get", 3, "get"], [[[1, 1], [4, 4]], [[1, 2], [4, 4]], [[1, 4]]]),
        _case(["before-all"], [10, 20, 0, "get"], [[[0, 0], [10, 10], [20, 20]]]),
        _case(["after-all"], [10, 20, 30, "get"], [[[10, 10], [20, 20], [30, 30]]]),
        _case(["between"], [10, 20, 15, "get", 16, 14, "get"],
              [[[10, 10], [15, 15], [20, 20]], [[10, 10], [14, 16], [20, 20]]]),
        _case(["bridge", "long-runs"], [1, 2, 3, 5, 6, 7, "get", 4, "get"], [[[1, 3], [5, 7]], [[1, 7]]]),
        _case(["bridge", "first-runs"], [0, 2, 10, 12, "get", 1, "get", 11, "get"],
              [[[0, 0], [2, 2], [10, 10], [12, 12]], [[0, 2], [10, 10], [12, 12]], [[0, 2], [10, 12]]]),
        _case(["repeated-summary"], [7, "get", "get", 8, "get", "get"], [[[7, 7]], [[7, 7]], [[7, 8]], [[7, 8]]]),
        _case(["inside", "duplicates"], [3, 4, 5, 6, 7, 5, 3, 7, 4, 6, "get"], [[[3, 7]]]),
    ]
    for n, hi in ((20, 30), (300, 400), (3000, 2000)):
        actions = [rng.randint(0, hi) for _ in range(n)]
        for k in sorted(rng.sample(range(n), min(n // 10, 30)), reverse=True):
            actions.insert(k, "get")
        cases.append(_case(["random"], actions + ["get"]))
    evens = list(range(0, 200, 2))
    odds = list(range(1, 200, 2))
    rng.shuffle(evens)
    rng.shuffle(odds)
    cases.append(_case(["random", "bridge"], evens + ["get"] + odds + ["get"]))

    # Max size, LeetCode's: 30_000 calls, at most 100 of them getIntervals. Rebuilding the summary at
    # each of those 100 calls is fast; rebuilding it from every number seen after each addNum is not.
    values = list(range(10_001))
    rng.shuffle(values)
    actions = _with_gets(values + [rng.randint(0, 10_000) for _ in range(19_800)], 300)
    cases.append(_case(["max-size", "all-values", "duplicates"], actions))
    cases.append(_case(["max-size", "many-adds"], _growing_runs(rng, 3, 3000, 29_900, 99)))
    evens = list(range(0, 10_001, 2))
    odds = list(range(1, 10_001, 2))
    rng.shuffle(evens)
    rng.shuffle(odds)
    actions = _with_gets(evens + odds + [rng.randint(0, 10_000) for _ in range(9_900)], 1000)
    cases.append(_case(["max-size", "bridge", "duplicates"], actions))
    actions = _with_gets([rng.randint(0, 10_000) for _ in range(29_900)], 300)
    cases.append(_case(["max-size", "random"], actions))
    return cases


def _with_gets(adds, every):
    """The adds with a getIntervals call after every `every` of them, and one at the end."""
    actions = []
    for k, value in enumerate(adds, 1):
        actions.append(value)
        if k % every == 0 and k < len(adds):
            actions.append("get")
    return actions + ["get"]
