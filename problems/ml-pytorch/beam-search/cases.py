"""Cases for beam-search: a table of next-token log-probabilities, start, eos, beam width, maximum length.

Every table holds multiples of 1/1024 (or coarser, for ties), so every sum of its values is exact in float64
and equal scores are equal whatever order a solution adds in.
"""

import numpy as np

from judge.sandbox.wire import tensor


def table(rng, v, step=1 / 1024, scale=2.0, eos=None, eos_shift=0.0):
    """A V x V table: row a holds log-probabilities of the token after a, rounded to multiples of step."""
    logits = rng.normal(0, scale, (v, v))
    if eos is not None:
        logits[:, eos] += eos_shift
    top = logits.max(axis=1, keepdims=True)
    log_probs = logits - top - np.log(np.exp(logits - top).sum(axis=1, keepdims=True))
    return tensor(np.round(log_probs / step) * step, "float64")


EXAMPLES = [
    {"args": [tensor([[-2.0, -1.0, -0.5], [-0.25, -2.0, -2.0], [-1.0, -1.0, -1.5]], "float64"), 2, 0, 2, 3],
     "explanation": "Step 1: [0] and [1] tie at -1.0 and both are kept ([0] has ended). Step 2, from [1]: "
                    "[1, 0] (-1.25, ended) and [1, 1] (-3.0, ahead of [1, 2] on the tie). Step 3, from [1, 1]: "
                    "[1, 1, 0] (-3.25, ended) and [1, 1, 1] (-5.0). The best two of the four: [0] and [1, 0]."},
]


def uniform(v, value=-1.0):
    return tensor(np.full((v, v), value), "float64")


def hidden_cases():
    rng = np.random.default_rng(71)
    eos_first = np.full((4, 4), -3.0)
    eos_first[2, 0] = -0.125  # from the start token, the end token is by far the likeliest
    cases = [
        {"tags": ["greedy", "beam-1"], "args": [table(rng, 6), 0, 5, 1, 6]},
        {"tags": ["greedy", "beam-1", "end-token-likely"], "args": [table(rng, 5, eos=0, eos_shift=1.5), 1, 0, 1, 8]},
        {"tags": ["beam-above-vocabulary"], "args": [table(rng, 3), 0, 2, 10, 3]},
        {"tags": ["beam-above-vocabulary", "all-kept"], "args": [table(rng, 2), 1, 0, 50, 4]},
        {"tags": ["end-first-step", "beam-1"], "args": [tensor(eos_first, "float64"), 2, 0, 1, 5]},
        {"tags": ["end-first-step", "ties"], "args": [tensor(eos_first, "float64"), 2, 0, 3, 5]},
        {"tags": ["max-len-1"], "args": [table(rng, 5), 3, 1, 3, 1]},
        {"tags": ["max-len-1", "beam-1"], "args": [table(rng, 5), 3, 1, 1, 1]},
        {"tags": ["ties", "all-equal"], "args": [uniform(4), 1, 3, 3, 3]},
        {"tags": ["ties", "all-equal", "end-token-0"], "args": [uniform(4), 1, 0, 3, 3]},
        {"tags": ["ties", "coarse"], "args": [table(rng, 4, step=0.5, scale=0.4), 0, 1, 3, 4]},
        {"tags": ["ties", "coarse"], "args": [table(rng, 5, step=0.5, scale=0.5, eos=4, eos_shift=0.5), 2, 4, 4, 5]},
        {"tags": ["ties", "coarse", "beam-2"], "args": [table(rng, 3, step=1.0, scale=0.5), 1, 0, 2, 6]},
        {"tags": ["vocabulary-1"], "args": [tensor([[0.0]], "float64"), 0, 0, 3, 4]},
        {"tags": ["start-is-end-token"], "args": [table(rng, 5), 2, 2, 3, 4]},
        {"tags": ["end-token-unlikely", "length-limit"], "args": [table(rng, 6, eos=5, eos_shift=-8.0), 0, 5, 4, 6]},
        {"tags": ["beam-empties-early"], "args": [table(rng, 5, eos=1, eos_shift=4.0), 0, 1, 2, 12]},
        {"tags": ["finished-take-slots"], "args": [table(rng, 6, eos=0, eos_shift=1.0), 3, 0, 4, 6]},
        {"tags": ["finished-take-slots", "wide-beam"], "args": [table(rng, 8, eos=2, eos_shift=0.5), 0, 2, 12, 7]},
        {"tags": ["positive-log-probs"], "args": [tensor(np.array(table(rng, 4).array) + 1.0, "float64"), 0, 3, 3, 5]},
        {"tags": ["max-size"], "args": [table(rng, 400, eos=0, eos_shift=-2.0), 7, 0, 16, 40]},
        {"tags": ["max-size", "wide-beam"], "args": [table(rng, 100, eos=3, eos_shift=-1.0), 0, 3, 64, 40]},
    ]
    for _ in range(12):
        v = int(rng.integers(1, 13))
        eos = int(rng.integers(0, v))
        step = float(rng.choice([1 / 1024, 1 / 1024, 0.25]))
        cases.append({"tags": ["random"], "args": [
            table(rng, v, step=step, scale=float(rng.choice([0.5, 2.0])), eos=eos,
                  eos_shift=float(rng.choice([-3.0, 0.0, 1.5]))),
            int(rng.integers(0, v)), eos, int(rng.integers(1, 7)), int(rng.integers(1, 9))]})
    return cases
