"""Property inputs for split-array-largest-sum: short lists (zeros allowed) and 1..min(50, n) pieces."""

from hypothesis import strategies as st


@st.composite
def _inputs(draw):
    top = draw(st.sampled_from([3, 20, 1_000_000]))
    nums = draw(st.lists(st.integers(0, top), min_size=1, max_size=12))
    return [nums, draw(st.integers(1, min(50, len(nums))))]


def arguments():
    return _inputs()
