"""Property inputs for meeting-rooms: small lists of meetings with start < end, half of them clash-free."""

from hypothesis import strategies as st


@st.composite
def _meeting(draw):
    start = draw(st.integers(0, 40))
    return [start, draw(st.integers(start + 1, start + 10))]


@st.composite
def _disjoint(draw):
    """Back-to-back or spaced meetings (gaps of 0 make them touch), then shuffled."""
    meetings, t = [], draw(st.integers(0, 5))
    for gap, length in draw(st.lists(st.tuples(st.integers(0, 3), st.integers(1, 5)), max_size=8)):
        t += gap
        meetings.append([t, t + length])
        t += length
    return draw(st.permutations(meetings))


def arguments():
    return st.one_of(st.lists(_meeting(), max_size=8), _disjoint()).map(lambda meetings: [list(meetings)])
