"""Property inputs for top-k-per-row: small matrices with many ties, and any valid k."""

import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

_SCORE = st.one_of(st.integers(-3, 3).map(float),
                   st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False, allow_subnormal=False, width=64))


@st.composite
def _inputs(draw):
    n, m = draw(st.integers(1, 5)), draw(st.integers(1, 7))
    X = draw(hnp.arrays(np.float64, (n, m), elements=_SCORE))
    return [X, draw(st.integers(1, m))]


def arguments():
    return _inputs()
