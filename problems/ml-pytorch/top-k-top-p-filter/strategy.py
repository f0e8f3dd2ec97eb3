"""Property inputs: small batches of distinct logits, every combination of top_k and top_p."""

import numpy as np
from hypothesis import strategies as st

from judge.sandbox.wire import tensor


@st.composite
def _inputs(draw):
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    b, v = draw(st.integers(1, 4)), draw(st.integers(1, 12))
    rows = np.array([rng.permutation(v) + rng.uniform(0, 0.5, v) for _ in range(b)])
    logits = rows * draw(st.sampled_from([0.5, 3.0, 50.0])) / v
    return [tensor(logits, draw(st.sampled_from(["float32", "float64"]))), draw(st.integers(0, v + 1)),
            draw(st.sampled_from([0.05, 0.5, 0.9, 1.0]))]


def arguments():
    return _inputs()
