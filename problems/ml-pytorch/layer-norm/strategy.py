"""Property inputs: small tensors, any leading shape, scales from tiny to large, both float dtypes."""

import numpy as np
from hypothesis import strategies as st

from judge.sandbox.wire import tensor


@st.composite
def _inputs(draw):
    shape = tuple(draw(st.lists(st.integers(1, 4), max_size=2))) + (draw(st.integers(1, 12)),)
    dtype = draw(st.sampled_from(["float32", "float64"]))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    x = rng.normal(draw(st.sampled_from([0.0, 3.0])), draw(st.sampled_from([0.01, 1.0, 100.0])), shape)
    d = shape[-1]
    return [tensor(x, dtype), tensor(rng.normal(1, 1, d), dtype), tensor(rng.normal(0, 1, d), dtype),
            draw(st.sampled_from([1e-5, 1e-3, 0.1]))]


def arguments():
    return _inputs()
