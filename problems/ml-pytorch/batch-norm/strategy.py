"""Property inputs: small batches in both modes, with and without a given eps and momentum."""

import numpy as np
from hypothesis import strategies as st

from judge.sandbox.wire import tensor


@st.composite
def _inputs(draw):
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    n, c = draw(st.integers(2, 8)), draw(st.integers(1, 5))
    train = draw(st.booleans())
    init = [c] + draw(st.sampled_from([[], [1e-3], [1e-5, 0.5]]))
    state = {"weight": tensor(rng.normal(1, 0.5, c), "float64"), "bias": tensor(rng.normal(0, 0.5, c), "float64"),
             "running_mean": tensor(rng.normal(0, 1, c), "float64"),
             "running_var": tensor(rng.uniform(0.1, 3, c), "float64")}
    x = rng.normal(draw(st.sampled_from([0.0, 5.0])), draw(st.sampled_from([0.1, 1.0, 20.0])), (n, c))
    return [init, state, [tensor(x, "float64")], tensor(rng.normal(0, 1, (n, c)), "float64"), train]


def arguments():
    return _inputs()
