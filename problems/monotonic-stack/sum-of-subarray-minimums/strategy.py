"""Property inputs for sum-of-subarray-minimums: short lists, often of few distinct values so that ties are common."""

from hypothesis import strategies as st


@st.composite
def _inputs(draw):
    hi = draw(st.sampled_from([3, 10, 30_000]))
    return [draw(st.lists(st.integers(1, hi), min_size=1, max_size=30))]


def arguments():
    return _inputs()
