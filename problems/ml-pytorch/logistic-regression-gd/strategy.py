"""Property inputs: small data sets, learning rates small to large, up to 40 steps."""

import numpy as np
from hypothesis import strategies as st

from judge.sandbox.wire import tensor


@st.composite
def _inputs(draw):
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    n, d = draw(st.integers(1, 12)), draw(st.integers(1, 4))
    X = rng.normal(0, draw(st.sampled_from([0.1, 1.0, 10.0])), (n, d))
    y = (rng.random(n) < 0.5).astype(float)
    return [tensor(X, "float64"), tensor(y, "float64"), draw(st.sampled_from([0.05, 1.0, 10.0])),
            draw(st.integers(0, 40))]


def arguments():
    return _inputs()
