"""Property inputs: a few small parameters, up to 6 steps, hyperparameters drawn over their usual ranges."""

import numpy as np
from hypothesis import strategies as st

from judge.sandbox.wire import tensor


@st.composite
def _inputs(draw):
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    shapes = [tuple(draw(st.lists(st.integers(1, 3), max_size=2))) for _ in range(draw(st.integers(1, 3)))]
    k = draw(st.integers(0, 6))
    params = [tensor(rng.normal(0, 1, s), "float64") for s in shapes]
    grads = [[tensor(rng.normal(0, draw(st.sampled_from([1e-3, 1.0, 100.0])), s), "float64") for s in shapes]
             for _ in range(k)]
    betas = (draw(st.sampled_from([0.0, 0.5, 0.9])), draw(st.sampled_from([0.9, 0.99, 0.999])))
    return [params, grads, draw(st.sampled_from([1e-3, 0.1])), betas, draw(st.sampled_from([1e-8, 1e-3])),
            draw(st.sampled_from([0.0, 0.1]))]


def arguments():
    return _inputs()
