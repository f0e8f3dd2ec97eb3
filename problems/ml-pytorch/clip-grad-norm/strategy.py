"""Property inputs: a few gradients of one dtype, a limit, the 2-norm or the max-norm."""

import numpy as np
from hypothesis import strategies as st

from judge.sandbox.wire import tensor


@st.composite
def _inputs(draw):
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    dtype = draw(st.sampled_from(["float32", "float64"]))
    scale = draw(st.sampled_from([0.0, 0.01, 1.0, 100.0]))
    grads = [tensor(rng.normal(0, 1, tuple(draw(st.lists(st.integers(1, 3), max_size=2)))) * scale, dtype)
             for _ in range(draw(st.integers(1, 4)))]
    return [grads, draw(st.sampled_from([0.1, 1.0, 10.0])), draw(st.sampled_from([2.0, float("inf")]))]


def arguments():
    return _inputs()
