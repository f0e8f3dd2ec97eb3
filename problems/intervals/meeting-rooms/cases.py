"""Cases for meeting-rooms. Meetings are half-open [start, end); touching meetings do not clash."""

import random

EXAMPLES = [
    {"args": [[[0, 30], [5, 10], [15, 20]]], "expected": False,
     "explanation": "The meeting [0, 30) is still running when [5, 10) starts."},
    {"args": [[[7, 10], [2, 4]]], "expected": True,
     "explanation": "[2, 4) ends before [7, 10) begins: the order they are listed in does not matter."},
    {"args": [[[1, 2], [2, 3]]], "expected": True,
     "explanation": "The first meeting ends at 2, exactly when the second starts: no clash."},
]


def _disjoint(rng, n, horizon, touching=False):
    """n pairwise disjoint meetings inside [0, horizon], shuffled."""
    cuts = sorted(rng.sample(range(horizon + 1), 2 * n))
    if touching:  # consecutive meetings share an endpoint
        cuts = sorted(rng.sample(range(horizon + 1), n + 1))
        meetings = [[cuts[i], cuts[i + 1]] for i in range(n)]
    else:
        meetings = [[cuts[2 * i], cuts[2 * i + 1]] for i in range(n)]
    rng.shuffle(meetings)
    return meetings


def hidden_cases():
    rng = random.Random(252)
    cases = [
        {"tags": ["empty"], "args": [[]], "expected": True},
        {"tags": ["single"], "args": [[[0, 1]]], "expected": True},
        {"tags": ["single", "extreme-values"], "args": [[[0, 1_000_000]]], "expected": True},
        {"tags": ["touching"], "args": [[[1, 2], [2, 3]]], "expected": True},
        {"tags": ["touching", "unsorted"], "args": [[[4, 6], [0, 2], [2, 4], [6, 9]]], "expected": True},
        {"tags": ["same-start"], "args": [[[1, 5], [1, 2]]], "expected": False},
        {"tags": ["duplicates"], "args": [[[3, 4], [3, 4]]], "expected": False},
        {"tags": ["containment"], "args": [[[1, 10], [2, 3], [12, 14]]], "expected": False},
        {"tags": ["containment", "unsorted"], "args": [[[12, 14], [2, 3], [1, 10]]], "expected": False},
        {"tags": ["partial-overlap"], "args": [[[1, 3], [2, 4]]], "expected": False},
        {"tags": ["first-pair"], "args": [[[1, 3], [2, 4], [10, 11]]], "expected": False},
        {"tags": ["last-pair"], "args": [[[0, 1], [1, 2], [5, 8], [7, 9]]], "expected": False},
        {"tags": ["later-pair"], "args": [[[0, 1], [2, 6], [5, 7]]], "expected": False},
        {"tags": ["unsorted"], "args": [[[5, 8], [1, 2], [6, 7]]], "expected": False},
        {"tags": ["unsorted", "reversed"], "args": [[[9, 10], [6, 8], [3, 5], [0, 2]]], "expected": True},
        {"tags": ["unsorted"], "args": [[[10, 20], [0, 5], [19, 25]]], "expected": False},
        {"tags": ["off-by-one"], "args": [[[0, 5], [4, 9]]], "expected": False},
        {"tags": ["off-by-one"], "args": [[[0, 5], [5, 9], [9, 10]]], "expected": True},
    ]
    for n in (10, 100, 2000):
        cases.append({"tags": ["random", "disjoint"], "args": [_disjoint(rng, n, 10 * n)]})
        meetings = _disjoint(rng, n, 10 * n)
        i, j = rng.sample(range(n), 2)
        a, b = meetings[i]
        meetings[j] = [a + (b - a) // 2, b + 1]  # reuse a slot: overlaps meeting i only
        meetings[j][1] = max(meetings[j][1], meetings[j][0] + 1)
        cases.append({"tags": ["random", "one-clash"], "args": [meetings]})
    cases.append({"tags": ["random", "touching"], "args": [_disjoint(rng, 1000, 5000, touching=True)]})

    # Max size, LeetCode's: 10_000 meetings. Checking all pairs takes ~5 * 10^7 comparisons.
    n = 10_000
    cases.append({"tags": ["max-size", "disjoint"], "args": [_disjoint(rng, n, 1_000_000)]})
    cases.append({"tags": ["max-size", "touching"], "args": [_disjoint(rng, n, 1_000_000, touching=True)]})
    meetings = [[10 * i, 10 * i + 10] for i in range(n)]
    meetings.reverse()
    cases.append({"tags": ["max-size", "touching", "reversed"], "args": [meetings]})
    meetings = _disjoint(rng, n - 1, 1_000_000, touching=True)
    a, b = meetings[-1]
    meetings.append([b - 1, b])  # the only clash, last in the list
    cases.append({"tags": ["max-size", "one-clash", "last-pair"], "args": [meetings]})
    return cases
