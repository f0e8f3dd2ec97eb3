"""Property inputs for box-iou: a few boxes with small integer or fractional corners (flat boxes included)."""

import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

_COORD = st.one_of(st.integers(-6, 6).map(float),
                   st.floats(-100, 100, allow_nan=False, allow_infinity=False, allow_subnormal=False, width=64))
_SIDE = st.one_of(st.integers(0, 4).map(float),
                  st.floats(0, 50, allow_nan=False, allow_infinity=False, allow_subnormal=False, width=64))


@st.composite
def _boxes(draw, n):
    corner = draw(hnp.arrays(np.float64, (n, 2), elements=_COORD))
    sides = draw(hnp.arrays(np.float64, (n, 2), elements=_SIDE))
    return np.hstack([corner, corner + sides])


@st.composite
def _inputs(draw):
    return [draw(_boxes(draw(st.integers(1, 4)))), draw(_boxes(draw(st.integers(1, 4))))]


def arguments():
    return _inputs()
