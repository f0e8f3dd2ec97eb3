"""Property inputs for number-of-islands-ii: small grids, additions anywhere inside (repeats allowed)."""

from hypothesis import strategies as st


@st.composite
def _inputs(draw):
    m = draw(st.integers(1, 5))
    n = draw(st.integers(1, 5))
    cell = st.tuples(st.integers(0, m - 1), st.integers(0, n - 1)).map(list)
    return [m, n, draw(st.lists(cell, min_size=1, max_size=20))]


def arguments():
    return _inputs()
