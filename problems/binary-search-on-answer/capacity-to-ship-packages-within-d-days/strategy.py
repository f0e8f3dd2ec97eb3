"""Property inputs for capacity-to-ship-packages-within-d-days: a short belt and 1..len(weights) days."""

from hypothesis import strategies as st


@st.composite
def _inputs(draw):
    top = draw(st.sampled_from([3, 20, 500]))
    weights = draw(st.lists(st.integers(1, top), min_size=1, max_size=12))
    return [weights, draw(st.integers(1, len(weights)))]


def arguments():
    return _inputs()
