"""Property inputs for largest-rectangle-in-histogram: short histograms, often low so that ties and zeros are common."""

from hypothesis import strategies as st


@st.composite
def _inputs(draw):
    hi = draw(st.sampled_from([2, 6, 10_000]))
    return [draw(st.lists(st.integers(0, hi), min_size=1, max_size=30))]


def arguments():
    return _inputs()
