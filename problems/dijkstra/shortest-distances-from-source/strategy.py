"""Property inputs for shortest-distances-from-source: small road maps, parallel roads and loops allowed."""

from hypothesis import strategies as st


@st.composite
def _inputs(draw):
    n = draw(st.integers(1, 8))
    town = st.integers(0, n - 1)
    roads = draw(st.lists(st.tuples(town, town, st.integers(0, 20)).map(list), max_size=16))
    return [n, roads, draw(town)]


def arguments():
    return _inputs()
