"""Property inputs: small batches, some targets ignored, smoothing from 0 to 1, logits small or huge."""

import numpy as np
from hypothesis import strategies as st

from judge.sandbox.wire import tensor


@st.composite
def _inputs(draw):
    n, c = draw(st.integers(1, 8)), draw(st.integers(1, 6))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    ignore = draw(st.sampled_from([-100, -1, 0]))
    target = rng.integers(0, c, n)
    target[rng.random(n) < draw(st.sampled_from([0.0, 0.3, 1.0]))] = ignore
    logits = rng.normal(0, draw(st.sampled_from([1.0, 50.0, 1000.0])), (n, c))
    smoothing = draw(st.sampled_from([0.0, 0.1, 0.5, 1.0]))
    dtype = draw(st.sampled_from(["float32", "float64"]))
    return [tensor(logits, dtype), tensor(target, "int64"), ignore, smoothing]


def arguments():
    return _inputs()
