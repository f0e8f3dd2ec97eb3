"""Property inputs: small float64 tensors of any leading shape, scores tiny to huge, some masked with -inf."""

import numpy as np
from hypothesis import strategies as st

from judge.sandbox.wire import tensor


@st.composite
def _inputs(draw):
    shape = tuple(draw(st.lists(st.integers(1, 4), max_size=2))) + (draw(st.integers(1, 6)),)
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    x = rng.normal(0, draw(st.sampled_from([1.0, 100.0, 3000.0])), shape)
    if draw(st.booleans()):
        masked = rng.random(shape) < 0.3
        np.put_along_axis(masked, np.expand_dims(x.argmax(-1), -1), False, axis=-1)
        x[masked] = -np.inf
    return [[tensor(x, "float64")], tensor(rng.normal(0, 1, shape[:-1]), "float64")]


def arguments():
    return _inputs()
