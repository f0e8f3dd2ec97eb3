"""Property inputs for pairwise-sq-dists: small float64 arrays that share their dimension d."""

import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

_COORD = st.floats(-100, 100, allow_nan=False, allow_infinity=False, allow_subnormal=False, width=64)


@st.composite
def _inputs(draw):
    n = draw(st.integers(1, 6))
    m = draw(st.integers(1, 6))
    d = draw(st.integers(1, 5))
    X = draw(hnp.arrays(np.float64, (n, d), elements=_COORD))
    Y = draw(hnp.arrays(np.float64, (m, d), elements=_COORD))
    return [X, Y]


def arguments():
    return _inputs()
