"""Property inputs for pacific-atlantic-water-flow: small islands over a few heights, so plateaus are common."""

from hypothesis import strategies as st


@st.composite
def _inputs(draw):
    m = draw(st.integers(1, 6))
    n = draw(st.integers(1, 6))
    top = draw(st.sampled_from([1, 2, 4, 9]))
    return [[[draw(st.integers(0, top)) for _ in range(n)] for _ in range(m)]]


def arguments():
    return _inputs()
