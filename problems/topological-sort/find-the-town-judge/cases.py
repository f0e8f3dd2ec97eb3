"""Cases for find-the-town-judge. Pairs [a, b]: a trusts b; labels 1..n; no repeats, no self-trust."""

import random

EXAMPLES = [
    {"args": [2, [[1, 2]]], "expected": 2, "explanation": "Person 1 trusts 2, and 2 trusts nobody."},
    {"args": [3, [[1, 3], [2, 3]]], "expected": 3, "explanation": "Both others trust 3; 3 trusts nobody."},
    {"args": [3, [[1, 3], [2, 3], [3, 1]]], "expected": -1,
     "explanation": "3 is trusted by everyone but trusts 1, so 3 is not the judge, and nobody else fits."},
]


def _with_judge(rng, n, judge, extra):
    """Everyone but the judge trusts the judge, plus `extra` random pairs among the others."""
    pairs = {(p, judge) for p in range(1, n + 1) if p != judge}
    others = [p for p in range(1, n + 1) if p != judge]
    while len(pairs) < n - 1 + extra:
        a, b = rng.sample(others, 2)
        pairs.add((a, b))
    trust = [list(p) for p in pairs]
    rng.shuffle(trust)
    return trust


def hidden_cases():
    rng = random.Random(997)
    cases = [
        {"tags": ["single", "empty"], "args": [1, []], "expected": 1},
        {"tags": ["empty"], "args": [2, []], "expected": -1},
        {"tags": ["empty"], "args": [5, []], "expected": -1},
        {"tags": ["min-size"], "args": [2, [[2, 1]]], "expected": 1},
        {"tags": ["mutual"], "args": [2, [[1, 2], [2, 1]]], "expected": -1},
        {"tags": ["judge-trusts-someone"], "args": [4, [[1, 4], [2, 4], [3, 4], [4, 1]]], "expected": -1},
        {"tags": ["judge-trusts-someone"], "args": [3, [[1, 3], [2, 3], [3, 2]]], "expected": -1},
        {"tags": ["first-label"], "args": [4, [[2, 1], [3, 1], [4, 1]]], "expected": 1},
        {"tags": ["last-label"], "args": [4, [[1, 4], [3, 4], [2, 4]]], "expected": 4},
        {"tags": ["almost", "one-missing"], "args": [4, [[1, 3], [2, 3]]], "expected": -1},
        {"tags": ["almost", "one-missing"], "args": [3, [[1, 3]]], "expected": -1},
        {"tags": ["almost", "one-missing"], "args": [5, [[1, 2], [3, 2], [4, 2], [1, 5], [3, 5]]], "expected": -1},
        {"tags": ["trusts-nobody-but-not-judge"], "args": [3, [[1, 2]]], "expected": -1},
        {"tags": ["trusts-nobody-but-not-judge"], "args": [4, [[1, 2], [2, 3]]], "expected": -1},
        {"tags": ["chain"], "args": [3, [[1, 2], [2, 3]]], "expected": -1},
        {"tags": ["extra-trust"], "args": [4, [[1, 3], [1, 4], [2, 3], [2, 4], [4, 3]]], "expected": 3},
        {"tags": ["extra-trust"], "args": [5, [[1, 2], [3, 2], [4, 2], [5, 2], [1, 3], [3, 1], [4, 5]]],
         "expected": 2},
        {"tags": ["complete"], "args": [3, [[a, b] for a in range(1, 4) for b in range(1, 4) if a != b]],
         "expected": -1},
        {"tags": ["two-candidates"], "args": [4, [[1, 3], [1, 4], [2, 3], [2, 4]]], "expected": -1},
        {"tags": ["score-trap"], "args": [4, [[1, 4], [2, 4], [3, 4], [1, 2], [2, 1]]], "expected": 4},
    ]
    for n, judge, extra in ((10, 7, 15), (50, None, 300), (300, 1, 2000), (800, None, 5000)):
        if judge is None:
            trust = _with_judge(rng, n, rng.randrange(1, n + 1), extra)
            trust.pop(rng.randrange(len(trust)))  # one pair gone: maybe the judge's, maybe not
            cases.append({"tags": ["random"], "args": [n, trust]})
        else:
            cases.append({"tags": ["random", "judge"], "args": [n, _with_judge(rng, n, judge, extra)]})

    # Max size, LeetCode's: n = 1000, up to 10_000 pairs. Every textbook method is fast at this size,
    # scanning every pair for each candidate (n * T = 10^7 steps at worst) included.
    n = 1000
    cases.append({"tags": ["max-size", "last-label"], "args": [n, _with_judge(rng, n, n, 10_000 - (n - 1))]})
    trust = _with_judge(rng, n, n, 10_000 - (n - 1))
    trust.remove([1, n])
    cases.append({"tags": ["max-size", "almost", "one-missing"], "args": [n, trust]})
    trust = _with_judge(rng, n, n // 2, 10_000 - n) + [[n // 2, 1]]
    cases.append({"tags": ["max-size", "judge-trusts-someone"], "args": [n, trust]})
    cases.append({"tags": ["max-size", "empty"], "args": [n, []]})
    cases.append({"tags": ["max-size", "first-label"], "args": [n, _with_judge(rng, n, 1, 0)]})
    return cases
