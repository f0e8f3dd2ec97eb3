"""Property inputs: short length lists with many ties, batch size at most the bucket size."""

from hypothesis import strategies as st


@st.composite
def _inputs(draw):
    lengths = draw(st.lists(st.integers(0, 6), max_size=30))
    batch = draw(st.integers(1, 6))
    return [lengths, batch, batch * draw(st.integers(1, 4)) + draw(st.integers(0, 2))]


def arguments():
    return _inputs()
