"""Property inputs for knn-indices: a few small whole-number points (many ties) and any valid k."""

import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

_COORD = st.integers(-5, 5).map(float)


@st.composite
def _inputs(draw):
    q, p, d = draw(st.integers(1, 4)), draw(st.integers(1, 7)), draw(st.integers(1, 3))
    queries = draw(hnp.arrays(np.float64, (q, d), elements=_COORD))
    points = draw(hnp.arrays(np.float64, (p, d), elements=_COORD))
    return [queries, points, draw(st.integers(1, p))]


def arguments():
    return _inputs()
