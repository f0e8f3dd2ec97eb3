"""Property inputs for log-softmax-rows: small float64 matrices, moderate or huge scores."""

import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp


def _scores(bound):
    return st.floats(-bound, bound, allow_nan=False, allow_infinity=False, allow_subnormal=False, width=64)


@st.composite
def _inputs(draw):
    shape = (draw(st.integers(1, 5)), draw(st.integers(1, 6)))
    bound = draw(st.sampled_from([5.0, 100.0, 10_000.0]))
    return [draw(hnp.arrays(np.float64, shape, elements=_scores(bound)))]


def arguments():
    return _inputs()
