"""Property inputs: a few short integer sequences of one dtype, some empty, and a pad value."""

import numpy as np
from hypothesis import strategies as st

from judge.sandbox.wire import tensor


@st.composite
def _inputs(draw):
    dtype = draw(st.sampled_from(["int64", "int32", "uint8"]))
    low, high = (0, 255) if dtype == "uint8" else (-1000, 1000)
    rows = draw(st.lists(st.lists(st.integers(low, high), max_size=6), min_size=1, max_size=5))
    return [[tensor(np.array(row, dtype=np.int64), dtype) for row in rows], draw(st.integers(low, high))]


def arguments():
    return _inputs()
