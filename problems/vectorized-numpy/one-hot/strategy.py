"""Property inputs for one-hot: short int64 label arrays, valid for the drawn number of classes."""

import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp


@st.composite
def _inputs(draw):
    num_classes = draw(st.integers(1, 8))
    n = draw(st.integers(0, 10))
    labels = draw(hnp.arrays(np.int64, (n,), elements=st.integers(0, num_classes - 1)))
    return [labels, num_classes]


def arguments():
    return _inputs()
