"""Property inputs: small tensors of any rank, any dim, logits from tiny to huge, some masked with -inf."""

import numpy as np
from hypothesis import strategies as st

from judge.sandbox.wire import tensor


@st.composite
def _inputs(draw):
    shape = tuple(draw(st.lists(st.integers(1, 5), min_size=1, max_size=3)))
    dim = draw(st.integers(-len(shape), len(shape) - 1))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    x = rng.normal(0, draw(st.sampled_from([1.0, 100.0, 5000.0])), shape)
    if draw(st.booleans()):  # mask some entries, keeping each slice's maximum finite
        masked = rng.random(shape) < 0.3
        keep = np.expand_dims(x.argmax(axis=dim), dim)
        np.put_along_axis(masked, keep, False, axis=dim)
        x[masked] = -np.inf
    return [tensor(x, draw(st.sampled_from(["float32", "float64"]))), dim]


def arguments():
    return _inputs()
