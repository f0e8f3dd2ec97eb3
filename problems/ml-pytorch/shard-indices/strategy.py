"""Property inputs: small datasets and worker counts, every rank, both drop_last settings."""

from hypothesis import strategies as st


@st.composite
def _inputs(draw):
    replicas = draw(st.integers(1, 9))
    return [draw(st.integers(0, 40)), replicas, draw(st.integers(0, replicas - 1)), draw(st.booleans())]


def arguments():
    return _inputs()
