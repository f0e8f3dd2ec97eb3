"""Inputs for the complexity report: N examples of 16 features and 4 targets, in micro-batches of 16."""

import numpy as np

from judge.sandbox.wire import tensor

MICRO_BATCH = 16


def examples(sizes, rng):
    gen = np.random.default_rng(rng.getrandbits(64))
    n = sizes["N"]
    return [tensor(gen.standard_normal((16, 4))), tensor(gen.standard_normal(4)), tensor(gen.standard_normal((n, 16))),
            tensor(gen.standard_normal((n, 4))), MICRO_BATCH]
