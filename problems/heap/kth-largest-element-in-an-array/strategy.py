"""Property inputs for kth-largest-element-in-an-array: short lists (often with repeats) and 1 <= k <= n."""

from hypothesis import strategies as st


@st.composite
def _inputs(draw):
    top = draw(st.sampled_from([2, 15, 10_000]))
    nums = draw(st.lists(st.integers(-top, top), min_size=1, max_size=30))
    return [nums, draw(st.integers(1, len(nums)))]


def arguments():
    return _inputs()
