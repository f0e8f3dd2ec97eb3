"""Property inputs for meeting-rooms-ii: small lists of half-open meetings, with touching and repeated times."""

from hypothesis import strategies as st


@st.composite
def _meeting(draw):
    start = draw(st.integers(0, 20))
    return [start, draw(st.integers(start + 1, start + 8))]


def arguments():
    return st.lists(_meeting(), min_size=1, max_size=12).map(lambda meetings: [meetings])
