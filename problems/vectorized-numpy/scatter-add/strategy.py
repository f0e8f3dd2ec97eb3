"""Property inputs for scatter-add: short index/value arrays with many repeats."""

import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

_VALUE = st.floats(-1000, 1000, allow_nan=False, allow_infinity=False, allow_subnormal=False, width=64)


@st.composite
def _inputs(draw):
    size = draw(st.integers(1, 8))
    n = draw(st.integers(0, 12))
    indices = draw(hnp.arrays(np.int64, (n,), elements=st.integers(0, size - 1)))
    values = draw(hnp.arrays(np.float64, (n,), elements=_VALUE))
    return [indices, values, size]


def arguments():
    return _inputs()
