"""Property inputs for daily-temperatures: short lists, often from a narrow band so that ties are common."""

from hypothesis import strategies as st


@st.composite
def _inputs(draw):
    hi = draw(st.sampled_from([33, 40, 100]))
    return [draw(st.lists(st.integers(30, hi), min_size=1, max_size=30))]


def arguments():
    return _inputs()
