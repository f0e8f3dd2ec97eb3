"""Property inputs: small batches, logits tiny to huge, both dtypes."""

import numpy as np
from hypothesis import strategies as st

from judge.sandbox.wire import tensor


@st.composite
def _inputs(draw):
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    n, c = draw(st.integers(1, 8)), draw(st.integers(1, 6))
    logits = rng.normal(0, draw(st.sampled_from([0.1, 3.0, 1000.0])), (n, c))
    return [tensor(logits, draw(st.sampled_from(["float32", "float64"]))), tensor(rng.integers(0, c, n), "int64")]


def arguments():
    return _inputs()
