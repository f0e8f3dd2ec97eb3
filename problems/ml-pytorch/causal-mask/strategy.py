"""Property inputs: q_len <= k_len, both small."""

from hypothesis import strategies as st


@st.composite
def _inputs(draw):
    k = draw(st.integers(1, 40))
    return [draw(st.integers(1, k)), k]


def arguments():
    return _inputs()
