"""Property inputs: a few small parameters, up to 6 steps, every combination of the options."""

import numpy as np
from hypothesis import strategies as st

from judge.sandbox.wire import tensor


@st.composite
def _inputs(draw):
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    shapes = [tuple(draw(st.lists(st.integers(1, 3), max_size=2))) for _ in range(draw(st.integers(1, 3)))]
    k = draw(st.integers(0, 6))
    momentum = draw(st.sampled_from([0.0, 0.5, 0.9]))
    nesterov = momentum > 0 and draw(st.booleans())
    dampening = 0.0 if nesterov else draw(st.sampled_from([0.0, 0.5]))
    params = [tensor(rng.normal(0, 1, s), "float64") for s in shapes]
    grads = [[tensor(rng.normal(0, 1, s), "float64") for s in shapes] for _ in range(k)]
    return [params, grads, draw(st.sampled_from([0.01, 0.5])), momentum, dampening,
            draw(st.sampled_from([0.0, 0.1])), nesterov]


def arguments():
    return _inputs()
