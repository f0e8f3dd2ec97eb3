"""Property inputs: small batches, micro-batch sizes from 1 to past the batch."""

import numpy as np
from hypothesis import strategies as st

from judge.sandbox.wire import tensor


@st.composite
def _inputs(draw):
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    n, d, k = draw(st.integers(1, 12)), draw(st.integers(1, 4)), draw(st.integers(1, 3))
    return [tensor(rng.normal(0, 1, (d, k)), "float64"), tensor(rng.normal(0, 1, k), "float64"),
            tensor(rng.normal(0, 1, (n, d)), "float64"), tensor(rng.normal(0, 1, (n, k)), "float64"),
            draw(st.integers(1, n + 2))]


def arguments():
    return _inputs()
