"""Property inputs: small batches, heads and caches (sometimes empty), both dtypes."""

import numpy as np
from hypothesis import strategies as st

from judge.sandbox.wire import tensor


@st.composite
def _inputs(draw):
    b, h, t = draw(st.integers(1, 3)), draw(st.integers(1, 3)), draw(st.integers(0, 6))
    d, dv = draw(st.integers(1, 6)), draw(st.integers(1, 6))
    dtype = draw(st.sampled_from(["float32", "float64"]))
    scale = draw(st.sampled_from([0.5, 1.0, 10.0]))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    shapes = [((b, h, 1, d), scale), ((b, h, 1, d), scale), ((b, h, 1, dv), 1.0), ((b, h, t, d), scale),
              ((b, h, t, dv), 1.0)]
    return [tensor(rng.normal(0, s, shape), dtype) for shape, s in shapes]


def arguments():
    return _inputs()
