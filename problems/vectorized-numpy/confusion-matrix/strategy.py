"""Property inputs for confusion-matrix: short label arrays valid for the drawn number of classes."""

import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp


@st.composite
def _inputs(draw):
    num_classes = draw(st.integers(1, 6))
    n = draw(st.integers(0, 15))
    label = st.integers(0, num_classes - 1)
    y_true = draw(hnp.arrays(np.int64, (n,), elements=label))
    y_pred = draw(hnp.arrays(np.int64, (n,), elements=label))
    return [y_true, y_pred, num_classes]


def arguments():
    return _inputs()
