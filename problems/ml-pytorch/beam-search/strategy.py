"""Property inputs: small tables of rounded log-probabilities (coarse ones make ties), any start and end token."""

import numpy as np
from hypothesis import strategies as st

from judge.sandbox.wire import tensor


@st.composite
def _inputs(draw):
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    v = draw(st.integers(1, 6))
    eos = draw(st.integers(0, v - 1))
    logits = rng.normal(0, draw(st.sampled_from([0.5, 2.0])), (v, v))
    logits[:, eos] += draw(st.sampled_from([-3.0, 0.0, 1.0]))
    log_probs = logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))
    step = draw(st.sampled_from([1 / 1024, 0.25, 1.0]))
    return [tensor(np.round(log_probs / step) * step, "float64"), draw(st.integers(0, v - 1)), eos,
            draw(st.integers(1, 5)), draw(st.integers(1, 6))]


def arguments():
    return _inputs()
