"""Cases for causal-leak-check: a model spec (built by harness.py in the container), then B, T, D.

A spec is {"seed": s, "parts": [...]}: the model sums its parts' outputs. Causal parts: ["attention", 0]
(masked attention), ["mix", "causal" | "cumsum" | "conv-left"]. Leaking parts: ["attention", r] (r > 0: the
mask lets position t see t + r), ["mix", "mean" | "conv-centred" | "reversed"], ["mix", "from-last", p, w]
(output p reads the last input with weight w), ["mix", "ahead", k, w] (output t reads input t + k),
["product", k, w] (x[t] * x[t + k]), ["cancelling"], ["other-row"], ["batch-norm"], ["add-last"]; and
["constant"], which ignores its input.
"""

import numpy as np

CAUSAL = [["attention", 0], ["mix", "causal"], ["mix", "cumsum"], ["mix", "conv-left"]]
LEAKS = [["attention", 1], ["attention", 3], ["mix", "mean"], ["mix", "conv-centred"], ["mix", "reversed"],
         ["mix", "ahead", 2, 1.0], ["mix", "ahead", 1, 1e-9], ["product", 1, 1.0], ["product", 2, 0.5],
         ["cancelling"], ["other-row"], ["batch-norm"]]


def model(seed, *parts):
    return {"seed": seed, "parts": [list(p) for p in parts]}


EXAMPLES = [
    {"args": [model(0, ["add-last"]), 1, 4, 2],
     "explanation": "y[:, t] = x[:, t] + x[:, 3]: positions 0, 1 and 2 read position 3."},
]


def hidden_cases():
    rng = np.random.default_rng(1729)
    attention = ["attention", 0]
    cases = [
        {"tags": ["causal", "attention"], "args": [model(1, attention), 2, 8, 4], "expected": []},
        {"tags": ["causal", "mixed"], "args": [model(2, attention, ["mix", "causal"], ["mix", "cumsum"]), 3, 12, 4],
         "expected": []},
        {"tags": ["causal", "convolution"], "args": [model(3, ["mix", "conv-left"]), 2, 10, 3], "expected": []},
        {"tags": ["single-position"], "args": [model(4, ["mix", "mean"], ["other-row"]), 2, 1, 3], "expected": []},
        {"tags": ["single-row", "attention"], "args": [model(5, attention), 1, 6, 2], "expected": []},
        {"tags": ["mask-off-by-one"], "args": [model(6, ["attention", 1]), 2, 8, 4],
         "expected": [0, 1, 2, 3, 4, 5, 6]},
        {"tags": ["mask-off-by-one", "two-positions"], "args": [model(7, ["attention", 1]), 1, 2, 2], "expected": [0]},
        {"tags": ["one-position", "far-future"], "args": [model(8, attention, ["mix", "from-last", 0, 1.0]), 2, 9, 3],
         "expected": [0]},
        {"tags": ["one-position"], "args": [model(9, attention, ["mix", "from-last", 4, 1.0]), 2, 9, 3],
         "expected": [4]},
        {"tags": ["one-position", "last-but-one"],
         "args": [model(10, ["mix", "causal"], ["mix", "from-last", 6, 0.3]), 1, 8, 2], "expected": [6]},
        {"tags": ["tiny-weight"], "args": [model(11, attention, ["mix", "ahead", 1, 1e-9]), 2, 7, 3],
         "expected": [0, 1, 2, 3, 4, 5]},
        {"tags": ["tiny-weight", "one-position"],
         "args": [model(12, attention, ["mix", "from-last", 2, 1e-12]), 2, 7, 3], "expected": [2]},
        {"tags": ["skips-a-position"], "args": [model(13, attention, ["mix", "ahead", 2, 1.0]), 2, 7, 3],
         "expected": [0, 1, 2, 3, 4]},
        {"tags": ["mean-pool"], "args": [model(14, attention, ["mix", "mean"]), 2, 6, 3],
         "expected": [0, 1, 2, 3, 4]},
        {"tags": ["convolution", "centred"], "args": [model(15, ["mix", "conv-centred"]), 2, 6, 3],
         "expected": [0, 1, 2, 3, 4]},
        {"tags": ["reversed"], "args": [model(16, ["mix", "reversed"]), 1, 7, 2], "expected": [0, 1, 2]},
        {"tags": ["product", "zero-gradient-at-zero"], "args": [model(17, ["product", 1, 1.0]), 2, 6, 3],
         "expected": [0, 1, 2, 3, 4]},
        {"tags": ["product", "zero-gradient-at-zero"], "args": [model(18, attention, ["product", 3, 1.0]), 2, 6, 3],
         "expected": [0, 1, 2]},
        {"tags": ["cancelling"], "args": [model(19, ["cancelling"]), 2, 5, 2], "expected": [0, 1, 2, 3]},
        {"tags": ["cancelling"], "args": [model(20, attention, ["mix", "causal"], ["cancelling"]), 3, 6, 4],
         "expected": [0, 1, 2, 3, 4]},
        {"tags": ["across-rows"], "args": [model(21, attention, ["other-row"]), 2, 5, 3], "expected": [0, 1, 2, 3]},
        {"tags": ["across-rows", "single-row"], "args": [model(22, ["other-row"]), 1, 5, 3],
         "expected": [0, 1, 2, 3]},
        {"tags": ["batch-statistics"], "args": [model(23, attention, ["batch-norm"]), 4, 6, 3],
         "expected": [0, 1, 2, 3, 4]},
        {"tags": ["batch-statistics", "single-row"], "args": [model(24, ["batch-norm"]), 1, 4, 2],
         "expected": [0, 1, 2]},
        {"tags": ["ignores-input"], "args": [model(28, ["constant"]), 2, 5, 3], "expected": []},
        {"tags": ["ignores-input", "single-position"], "args": [model(29, ["constant"]), 1, 1, 2], "expected": []},
        {"tags": ["max-size", "causal"], "args": [model(25, attention, ["mix", "causal"], ["mix", "conv-left"]), 4, 48, 8],
         "expected": []},
        {"tags": ["max-size", "one-position", "far-future"],
         "args": [model(26, attention, ["mix", "cumsum"], ["mix", "from-last", 0, 1e-9]), 4, 48, 8], "expected": [0]},
        {"tags": ["max-size", "mask-off-by-one"], "args": [model(27, ["attention", 3], ["cancelling"]), 4, 48, 8]},
    ]
    for seed in range(100, 112):
        t = int(rng.integers(1, 16))
        parts = [CAUSAL[i] for i in rng.choice(len(CAUSAL), int(rng.integers(1, 3)), replace=False)]
        if rng.random() < 0.75:
            parts.append(LEAKS[int(rng.integers(len(LEAKS)))])
        cases.append({"tags": ["random"], "args": [model(seed, *parts), int(rng.integers(1, 5)), t,
                                                    int(rng.integers(2, 9))]})
    return cases
