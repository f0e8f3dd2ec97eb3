"""Cases for box-iou: (N, 4) and (M, 4) float64 boxes [x1, y1, x2, y2] in, (N, M) IoU out."""

import numpy as np


def _a(rows):
    return np.array(rows, dtype=np.float64)


EXAMPLES = [
    {"args": [_a([[0, 0, 4, 2]]), _a([[2, 1, 6, 4], [0, 0, 4, 2], [4, 0, 5, 2]])], "expected": _a([[1 / 9, 1, 0]]),
     "explanation": "With [2, 1, 6, 4] the overlap is 2 wide and 1 high: 2 / (8 + 12 - 2) = 1/9. A box with itself "
                    "gives 1; [4, 0, 5, 2] only touches the right edge, so 0."},
]


def _boxes(rng, n, lo, hi, max_side):
    corner = rng.uniform(lo, hi, (n, 2))
    return np.hstack([corner, corner + rng.uniform(0, max_side, (n, 2))])


def hidden_cases():
    rng = np.random.default_rng(19)
    cases = [
        {"tags": ["identical"], "args": [_a([[0, 0, 2, 1]]), _a([[0, 0, 2, 1]])], "expected": _a([[1]])},
        {"tags": ["disjoint"], "args": [_a([[0, 0, 1, 1]]), _a([[2, 0, 3, 1]])], "expected": _a([[0]])},
        {"tags": ["touching"], "args": [_a([[0, 0, 1, 1]]), _a([[1, 0, 2, 1]])], "expected": _a([[0]])},
        {"tags": ["touching", "corner"], "args": [_a([[0, 0, 1, 1]]), _a([[1, 1, 2, 2]])], "expected": _a([[0]])},
        {"tags": ["partial-overlap"], "args": [_a([[0, 0, 4, 2]]), _a([[2, 1, 6, 4]])], "expected": _a([[1 / 9]])},
        {"tags": ["containment"], "args": [_a([[0, 0, 10, 10]]), _a([[2, 3, 4, 8]])], "expected": _a([[0.1]])},
        {"tags": ["disjoint", "near"], "args": [_a([[0, 0, 1, 1]]), _a([[1.5, 1.5, 2.5, 2.5]])], "expected": _a([[0]])},
        {"tags": ["disjoint", "near"], "args": [_a([[0, 0, 1, 2]]), _a([[1.5, 1, 3, 3]])], "expected": _a([[0]])},
        {"tags": ["small-boxes"], "args": [_a([[0, 0, 0.5, 0.5]]), _a([[0.25, 0, 0.75, 0.5]])], "expected": _a([[1 / 3]])},
        {"tags": ["flat", "zero-union"], "args": [_a([[1, 1, 1, 1]]), _a([[2, 2, 2, 5]])], "expected": _a([[0]])},
        {"tags": ["flat"], "args": [_a([[0, 0, 0, 2]]), _a([[-1, 0, 1, 2]])], "expected": _a([[0]])},
        {"tags": ["flat", "identical", "zero-union"], "args": [_a([[1, 2, 3, 2]]), _a([[1, 2, 3, 2]])], "expected": _a([[0]])},
        {"tags": ["negative"], "args": [_a([[-4, -2, -1, 0]]), _a([[-3, -1, 0, 3]])], "expected": _a([[0.125]])},
        {"tags": ["cross"], "args": [_a([[0, 1, 6, 2]]), _a([[2, 0, 3, 5]])], "expected": _a([[0.1]])},
        {"tags": ["extreme-values"], "args": [_a([[-10_000, -10_000, 10_000, 10_000]]), _a([[0, 0, 10_000, 10_000]])],
         "expected": _a([[0.25]])},
        {"tags": ["orientation", "many"],
         "args": [_a([[0, 0, 2, 2], [1, 0, 4, 1]]), _a([[1, 1, 3, 3], [0, 0, 2, 2], [3, 0, 4, 3]])],
         "expected": _a([[1 / 7, 1, 0], [0, 1 / 6, 1 / 5]])},
    ]
    cases.append({"tags": ["random", "integer-valued"],
                  "args": [np.round(_boxes(rng, 12, 0, 20, 8)), np.round(_boxes(rng, 9, 0, 20, 8))]})
    cases.append({"tags": ["random"], "args": [_boxes(rng, 30, -100, 100, 60), _boxes(rng, 40, -100, 100, 60)]})
    cases.append({"tags": ["random", "small-boxes"], "args": [_boxes(rng, 25, 0, 1, 0.7), _boxes(rng, 25, 0, 1, 0.7)]})
    boxes = _boxes(rng, 50, -500, 500, 300)
    cases.append({"tags": ["same-input"], "args": [boxes, boxes]})
    cases.append({"tags": ["random", "single-row"], "args": [_boxes(rng, 1, 0, 50, 30), _boxes(rng, 500, 0, 50, 30)]})
    cases.append({"tags": ["random", "single-column"], "args": [_boxes(rng, 500, 0, 50, 30), _boxes(rng, 1, 0, 50, 30)]})
    flat = _boxes(rng, 20, 0, 10, 5)
    flat[::2, 2] = flat[::2, 0]
    flat[1::3, 3] = flat[1::3, 1]
    cases.append({"tags": ["flat", "random"], "args": [flat, np.vstack([flat[:5], _boxes(rng, 10, 0, 10, 5)])]})
    cases.append({"tags": ["random", "sparse"], "args": [_boxes(rng, 60, -10_000, 10_000, 50), _boxes(rng, 70, -10_000, 10_000, 50)]})

    # Max size: 100_000 pairs.
    cases.append({"tags": ["max-size", "random"], "args": [_boxes(rng, 316, 0, 1000, 200), _boxes(rng, 316, 0, 1000, 200)]})
    cases.append({"tags": ["max-size", "single-row"], "args": [_boxes(rng, 1, 0, 100, 50), _boxes(rng, 100_000, 0, 100, 50)]})
    cases.append({"tags": ["max-size", "tall"], "args": [_boxes(rng, 400, -50, 50, 20), _boxes(rng, 250, -50, 50, 20)]})
    return cases
