"""Property inputs: well separated blobs (no near-ties), starting centroids near some points."""

import numpy as np
from hypothesis import strategies as st

from judge.sandbox.wire import tensor


@st.composite
def _inputs(draw):
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    k, d = draw(st.integers(1, 4)), draw(st.integers(1, 3))
    n = draw(st.integers(k, 30))
    centres = rng.uniform(-50, 50, (k, d))
    X = centres[rng.integers(0, k, n)] + rng.normal(0, 0.5, (n, d))
    init = X[rng.choice(n, size=k, replace=False)] + rng.normal(0, 0.01, (k, d))
    return [tensor(X, "float64"), tensor(init, "float64"), draw(st.integers(0, 6))]


def arguments():
    return _inputs()
