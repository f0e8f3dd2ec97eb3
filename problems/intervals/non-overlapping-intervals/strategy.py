"""Property inputs for non-overlapping-intervals: small lists of half-open intervals with start < end."""

from hypothesis import strategies as st


@st.composite
def _interval(draw):
    start = draw(st.integers(-20, 20))
    return [start, draw(st.integers(start + 1, start + 8))]


def arguments():
    return st.lists(_interval(), min_size=1, max_size=10).map(lambda intervals: [intervals])
