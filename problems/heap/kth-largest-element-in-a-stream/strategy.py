"""Property inputs for kth-largest-element-in-a-stream: a constructor with 1 <= k <= len(nums) + 1, then adds."""

from hypothesis import strategies as st


@st.composite
def _script(draw):
    top = draw(st.sampled_from([3, 20, 10_000]))
    score = st.integers(-top, top)
    nums = draw(st.lists(score, max_size=10))
    k = draw(st.integers(1, len(nums) + 1))
    adds = draw(st.lists(score, max_size=15))
    return [["KthLargest"] + ["add"] * len(adds), [[k, nums]] + [[v] for v in adds]]


def arguments():
    return _script()
