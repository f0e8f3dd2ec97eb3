"""Inputs for the complexity report: a vocabulary of V tokens, a beam of 8, 12 steps, the end token unlikely."""

import numpy as np

from judge.sandbox.wire import tensor


def vocabulary(sizes, rng):
    gen = np.random.default_rng(rng.getrandbits(64))
    v = sizes["V"]
    logits = gen.normal(0, 2.0, (v, v))
    logits[:, 0] -= 6.0  # token 0 ends a hypothesis: rarely chosen, so the beam stays full
    log_probs = logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))
    return [tensor(np.round(log_probs * 1024) / 1024, "float64"), 1, 0, 8, 12]
