"""Property inputs for path-with-minimum-effort: small maps over a drawn height range."""

from hypothesis import strategies as st


@st.composite
def _inputs(draw):
    m = draw(st.integers(1, 6))
    n = draw(st.integers(1, 6))
    top = draw(st.sampled_from([2, 5, 20, 1_000_000]))
    return [[[draw(st.integers(1, top)) for _ in range(n)] for _ in range(m)]]


def arguments():
    return _inputs()
