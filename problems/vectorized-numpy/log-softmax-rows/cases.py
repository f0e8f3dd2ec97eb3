"""Cases for log-softmax-rows. float64 in, float64 out of the same shape; compared within tolerances."""

import numpy as np

LN2, LN3, LN4 = (float(np.log(v)) for v in (2.0, 3.0, 4.0))


def _a(rows):
    return np.array(rows, dtype=np.float64)


EXAMPLES = [
    {"args": [_a([[0, LN3], [5, 5]])], "expected": _a([[-LN4, LN3 - LN4], [-LN2, -LN2]]),
     "explanation": "Row 0: log(1 + 3) = ln 4, so [0 - ln 4, ln 3 - ln 4]. Row 1: equal scores give ln(1/2) each."},
    {"args": [_a([[0, -2000]])], "expected": _a([[0, -2000]]),
     "explanation": "exp(-2000) underflows, so the softmax is [1, 0]; its log is still finite: [0, -2000]."},
]


def hidden_cases():
    rng = np.random.default_rng(12)
    cases = [
        {"tags": ["single"], "args": [_a([[7]])], "expected": _a([[0]])},
        {"tags": ["single-row"], "args": [_a([[1, 1]])], "expected": _a([[-LN2, -LN2]])},
        {"tags": ["single-column"], "args": [_a([[3], [-10_000], [10_000]])], "expected": _a([[0], [0], [0]])},
        {"tags": ["square", "orientation"], "args": [_a([[0, LN3], [10, 10]])],
         "expected": _a([[-LN4, LN3 - LN4], [-LN2, -LN2]])},
        {"tags": ["square", "orientation"], "args": [_a([[LN2, 0, LN2], [9, 9 + LN2, 9 + LN2], [0, 0, LN2]])],
         "expected": _a([[LN2 - np.log(5), -np.log(5), LN2 - np.log(5)],
                         [-np.log(5), LN2 - np.log(5), LN2 - np.log(5)], [-LN4, -LN4, LN2 - LN4]])},
        {"tags": ["large-logits", "overflow"], "args": [_a([[1000, 1000 + LN3]])], "expected": _a([[-LN4, LN3 - LN4]])},
        {"tags": ["underflow"], "args": [_a([[0, -2000, -5000]])], "expected": _a([[0, -2000, -5000]])},
        {"tags": ["underflow", "large-logits"], "args": [_a([[10_000, -10_000]])], "expected": _a([[0, -20_000]])},
        {"tags": ["negative", "large-logits"], "args": [_a([[-1000, -1000]])], "expected": _a([[-LN2, -LN2]])},
        {"tags": ["mixed-scale"], "args": [_a([[1000, 1000], [-1000, -1000 - 3000]])],
         "expected": _a([[-LN2, -LN2], [0, -3000]])},
        {"tags": ["zero"], "args": [np.zeros((2, 4))], "expected": np.full((2, 4), -LN4)},
        {"tags": ["max-not-first"], "args": [_a([[-3000, 800, 800]])], "expected": _a([[-3800 - LN2, -LN2, -LN2]])},
    ]
    cases.append({"tags": ["random"], "args": [rng.normal(0, 1, (20, 7))]})
    cases.append({"tags": ["random", "square"], "args": [rng.normal(0, 50, (50, 50))]})
    cases.append({"tags": ["random", "large-logits", "square", "underflow"], "args": [rng.uniform(-10_000, 10_000, (40, 40))]})
    cases.append({"tags": ["random", "mixed-scale"],
                  "args": [rng.normal(0, 3, (30, 12)) + rng.choice([-2000.0, 0.0, 2000.0], size=(30, 1))]})
    cases.append({"tags": ["random", "integer-valued", "ties"], "args": [rng.integers(-3, 4, (100, 9)).astype(np.float64)]})
    cases.append({"tags": ["random", "tall"], "args": [rng.normal(0, 5, (2000, 3))]})
    cases.append({"tags": ["random", "wide"], "args": [rng.normal(0, 5, (3, 2000))]})
    cases.append({"tags": ["random", "overflow"], "args": [rng.uniform(700, 800, (25, 40))]})
    cases.append({"tags": ["random", "underflow"], "args": [rng.normal(0, 1000, (10, 30))]})
    cases.append({"tags": ["random", "single-row"], "args": [rng.normal(0, 100, (1, 500))]})

    # Max size: 100_000 scores, in rows as long as a language model's vocabulary.
    # Recomputing a row's log-sum-exp for every element costs O(n m^2): 10 s and more
    # on the widest rows; the reference takes a few milliseconds.
    cases.append({"tags": ["max-size", "wide"], "args": [rng.normal(0, 10, (2, 50_000))]})
    cases.append({"tags": ["max-size", "large-logits", "mixed-scale"],
                  "args": [rng.uniform(-1000, 1000, (4, 25_000)) + rng.uniform(-9000, 9000, size=(4, 1))]})
    cases.append({"tags": ["max-size", "square"], "args": [rng.normal(0, 30, (316, 316))]})
    return cases
