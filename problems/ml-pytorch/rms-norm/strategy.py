"""Property inputs: small shapes, both dtypes, the default eps or a given one, gradients checked."""

import numpy as np
from hypothesis import strategies as st

from judge.sandbox.wire import tensor


@st.composite
def _inputs(draw):
    shape = tuple(draw(st.lists(st.integers(1, 4), max_size=2))) + (draw(st.integers(1, 10)),)
    dtype = draw(st.sampled_from(["float32", "float64"]))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    init = [shape[-1]] + draw(st.sampled_from([[], [1e-5], [0.5]]))
    x = rng.normal(0, draw(st.sampled_from([0.01, 1.0, 50.0])), shape)
    return [init, {"weight": tensor(rng.normal(1, 0.5, shape[-1]), dtype)}, [tensor(x, dtype)],
            tensor(rng.normal(0, 1, shape), dtype), True]


def arguments():
    return _inputs()
