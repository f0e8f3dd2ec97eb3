"""Cases for softmax-rows. float64 in, float64 out of the same shape; compared within tolerances."""

import numpy as np

LN3 = float(np.log(3.0))


def _a(rows):
    return np.array(rows, dtype=np.float64)


def _softmax_pair(gap):
    """The softmax of a two-score row whose scores differ by gap (larger first)."""
    return [1.0 / (1.0 + np.exp(-gap)), np.exp(-gap) / (1.0 + np.exp(-gap))]


EXAMPLES = [
    {"args": [_a([[0, LN3], [2, 2]])], "expected": _a([[0.25, 0.75], [0.5, 0.5]]),
     "explanation": "Row 0: exp(0) = 1 and exp(ln 3) = 3, so 1/4 and 3/4. Row 1: equal scores share evenly."},
    {"args": [_a([[1000, 1000, 1000, 1000]])], "expected": _a([[0.25, 0.25, 0.25, 0.25]]),
     "explanation": "exp(1000) overflows; after subtracting the row maximum every term is exp(0) = 1."},
]


def hidden_cases():
    rng = np.random.default_rng(11)
    cases = [
        {"tags": ["single"], "args": [_a([[5]])], "expected": _a([[1]])},
        {"tags": ["single-row"], "args": [_a([[0, 0]])], "expected": _a([[0.5, 0.5]])},
        {"tags": ["single-column"], "args": [_a([[3], [-7], [10_000]])], "expected": _a([[1], [1], [1]])},
        {"tags": ["square", "orientation"], "args": [_a([[0, LN3], [10, 10]])], "expected": _a([[0.25, 0.75], [0.5, 0.5]])},
        {"tags": ["square", "orientation"], "args": [_a([[LN3, 0, 0], [5, 5, 5 + LN3], [0, LN3, LN3]])],
         "expected": _a([[0.6, 0.2, 0.2], [0.2, 0.2, 0.6], [1 / 7, 3 / 7, 3 / 7]])},
        {"tags": ["large-logits", "overflow"], "args": [_a([[1000, 1000]])], "expected": _a([[0.5, 0.5]])},
        {"tags": ["large-logits", "underflow"], "args": [_a([[1000, 0]])], "expected": _a([[1, 0]])},
        {"tags": ["negative", "large-logits"], "args": [_a([[-1000, -1000 + LN3]])], "expected": _a([[0.25, 0.75]])},
        {"tags": ["mixed-scale"], "args": [_a([[1000, 999], [-1000, -1001]])],
         "expected": _a([_softmax_pair(1.0), _softmax_pair(1.0)])},
        {"tags": ["extreme-values"], "args": [_a([[10_000, -10_000], [-10_000, -10_000]])],
         "expected": _a([[1, 0], [0.5, 0.5]])},
        {"tags": ["zero"], "args": [np.zeros((3, 4))], "expected": np.full((3, 4), 0.25)},
        {"tags": ["ties"], "args": [_a([[2, 2, 1, 1]])],
         "expected": _a([[np.e / (2 * np.e + 2)] * 2 + [1 / (2 * np.e + 2)] * 2])},
        {"tags": ["max-not-first"], "args": [_a([[-5, 800, 799, 800]])],
         "expected": _a([[0.0, 1 / (2 + np.exp(-1)), np.exp(-1) / (2 + np.exp(-1)), 1 / (2 + np.exp(-1))]])},
    ]
    cases.append({"tags": ["random"], "args": [rng.normal(0, 1, (20, 7))]})
    cases.append({"tags": ["random", "square"], "args": [rng.normal(0, 50, (50, 50))]})
    cases.append({"tags": ["random", "large-logits", "square"], "args": [rng.uniform(-10_000, 10_000, (40, 40))]})
    cases.append({"tags": ["random", "mixed-scale"],
                  "args": [rng.normal(0, 3, (30, 12)) + rng.choice([-2000.0, 0.0, 2000.0], size=(30, 1))]})
    cases.append({"tags": ["random", "integer-valued", "ties"], "args": [rng.integers(-3, 4, (100, 9)).astype(np.float64)]})
    cases.append({"tags": ["random", "tall"], "args": [rng.normal(0, 5, (2000, 3))]})
    cases.append({"tags": ["random", "wide"], "args": [rng.normal(0, 5, (3, 2000))]})
    cases.append({"tags": ["random", "overflow"], "args": [rng.uniform(700, 800, (25, 40))]})
    cases.append({"tags": ["random", "single-row"], "args": [rng.normal(0, 100, (1, 500))]})

    # Max size: 100_000 scores, in rows as long as a language model's vocabulary.
    # Recomputing a row's normaliser for every element costs O(n m^2): 10 s and more
    # on the widest rows; the reference takes a few milliseconds.
    cases.append({"tags": ["max-size", "wide"], "args": [rng.normal(0, 10, (2, 50_000))]})
    cases.append({"tags": ["max-size", "large-logits", "mixed-scale"],
                  "args": [rng.uniform(-1000, 1000, (4, 25_000)) + rng.uniform(-9000, 9000, size=(4, 1))]})
    cases.append({"tags": ["max-size", "square"], "args": [rng.normal(0, 30, (316, 316))]})
    return cases
