"""Property inputs: small modules with random weights, masks of either shape, gradients always checked."""

import numpy as np
from hypothesis import strategies as st

from judge.sandbox.wire import tensor


@st.composite
def _inputs(draw):
    heads = draw(st.integers(1, 4))
    d_model = heads * draw(st.integers(1, 4))
    batch, length = draw(st.integers(1, 3)), draw(st.integers(1, 6))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    bound = 1 / np.sqrt(d_model)
    state = {}
    for name in ("q_proj", "k_proj", "v_proj", "out_proj"):
        state[f"{name}.weight"] = tensor(rng.uniform(-bound, bound, (d_model, d_model)), "float64")
        state[f"{name}.bias"] = tensor(rng.uniform(-bound, bound, (d_model,)), "float64")
    x = tensor(rng.normal(0, draw(st.sampled_from([1.0, 10.0])), (batch, length, d_model)), "float64")
    shape = draw(st.sampled_from([None, (length, length), (batch, length, length)]))
    mask = None if shape is None else tensor(rng.random(shape) < 0.6, "bool")
    grad_output = tensor(rng.normal(0, 1, (batch, length, d_model)), "float64")
    return [[d_model, heads], state, [x, mask], grad_output, False]


def arguments():
    return _inputs()
