"""Property inputs for moving-average: short float64 arrays and any valid window length."""

import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

_VALUE = st.floats(-1000, 1000, allow_nan=False, allow_infinity=False, allow_subnormal=False, width=64)


@st.composite
def _inputs(draw):
    n = draw(st.integers(1, 12))
    x = draw(hnp.arrays(np.float64, (n,), elements=_VALUE))
    return [x, draw(st.integers(1, n))]


def arguments():
    return _inputs()
