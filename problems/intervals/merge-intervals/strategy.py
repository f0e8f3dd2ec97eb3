"""Property inputs for merge-intervals: small lists of closed intervals, points and touching ends included."""

from hypothesis import strategies as st


@st.composite
def _interval(draw):
    start = draw(st.integers(0, 30))
    return [start, draw(st.integers(start, start + 6))]


def arguments():
    return st.lists(_interval(), min_size=1, max_size=10).map(lambda intervals: [intervals])
