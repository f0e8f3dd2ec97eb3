"""Property inputs: small images and kernels, every stride and padding up to 2, with and without bias."""

import numpy as np
from hypothesis import strategies as st

from judge.sandbox.wire import tensor


@st.composite
def _inputs(draw):
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    kh, kw = draw(st.integers(1, 3)), draw(st.integers(1, 3))
    pad, stride = draw(st.integers(0, 2)), draw(st.integers(1, 3))
    h, w = kh + draw(st.integers(0, 4)), kw + draw(st.integers(0, 4))
    n, c_in, c_out = draw(st.integers(1, 2)), draw(st.integers(1, 3)), draw(st.integers(1, 3))
    bias = tensor(rng.normal(0, 1, c_out), "float64") if draw(st.booleans()) else None
    return [tensor(rng.normal(0, 1, (n, c_in, h, w)), "float64"),
            tensor(rng.normal(0, 1, (c_out, c_in, kh, kw)), "float64"), bias, stride, pad]


def arguments():
    return _inputs()
