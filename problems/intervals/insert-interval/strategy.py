"""Property inputs for insert-interval: small sorted disjoint interval lists and any new interval."""

from hypothesis import strategies as st


@st.composite
def _inputs(draw):
    intervals, t = [], draw(st.integers(0, 4))
    for gap, length in draw(st.lists(st.tuples(st.integers(1, 4), st.integers(0, 4)), max_size=8)):
        intervals.append([t, t + length])
        t += length + gap
    start = draw(st.integers(0, t + 3))
    return [intervals, [start, draw(st.integers(start, start + 12))]]


def arguments():
    return _inputs()
