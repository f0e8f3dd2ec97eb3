"""Property inputs: small attention problems with and without masks, scores moderate or large."""

import numpy as np
from hypothesis import strategies as st

from judge.sandbox.wire import tensor


@st.composite
def _inputs(draw):
    lead = tuple(draw(st.lists(st.integers(1, 3), max_size=2)))
    lq, lk, d, dv = (draw(st.integers(1, 6)) for _ in range(4))
    scale = draw(st.sampled_from([0.5, 1.0, 20.0]))
    dtype = draw(st.sampled_from(["float32", "float64"]))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    q, k = rng.normal(0, scale, (*lead, lq, d)), rng.normal(0, scale, (*lead, lk, d))
    v = rng.normal(0, 1, (*lead, lk, dv))
    kind = draw(st.sampled_from(["none", "full", "row"]))
    mask = None
    if kind == "full":
        mask = tensor(rng.random((*lead, lq, lk)) < draw(st.sampled_from([0.2, 0.6, 1.0])), "bool")
    elif kind == "row":
        mask = tensor(rng.random((lq, lk)) < 0.5, "bool")
    return [tensor(q, dtype), tensor(k, dtype), tensor(v, dtype), mask]


def arguments():
    return _inputs()
