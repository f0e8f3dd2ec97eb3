"""Property inputs for flood-fill: small grids over a few colours, so regions are irregular and touch."""

from hypothesis import strategies as st


@st.composite
def _inputs(draw):
    m = draw(st.integers(1, 6))
    n = draw(st.integers(1, 6))
    colours = draw(st.integers(1, 3))
    image = [[draw(st.integers(0, colours - 1)) for _ in range(n)] for _ in range(m)]
    return [image, draw(st.integers(0, m - 1)), draw(st.integers(0, n - 1)), draw(st.integers(0, colours))]


def arguments():
    return _inputs()
