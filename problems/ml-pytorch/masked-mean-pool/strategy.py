"""Property inputs: small padded batches with NaN, huge or plain padding, some empty sequences."""

import numpy as np
from hypothesis import strategies as st

from judge.sandbox.wire import tensor


@st.composite
def _inputs(draw):
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    b, t, h = draw(st.integers(1, 4)), draw(st.integers(0, 6)), draw(st.integers(1, 4))
    lengths = rng.integers(0, t + 1, b)
    hidden = rng.normal(0, 1, (b, t, h))
    hidden[np.arange(t)[None, :] >= lengths[:, None]] = draw(st.sampled_from([float("nan"), 1e30, 0.0]))
    return [tensor(hidden, draw(st.sampled_from(["float32", "float64"]))), tensor(lengths, "int64")]


def arguments():
    return _inputs()
