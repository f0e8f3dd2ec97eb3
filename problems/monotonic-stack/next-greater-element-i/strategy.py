"""Property inputs for next-greater-element-i: distinct values, nums1 a shuffled non-empty subset of nums2."""

from hypothesis import strategies as st


@st.composite
def _inputs(draw):
    nums2 = draw(st.lists(st.integers(0, 40), min_size=1, max_size=25, unique=True))
    k = draw(st.integers(1, len(nums2)))
    nums1 = draw(st.permutations(nums2))[:k]
    return [list(nums1), nums2]


def arguments():
    return _inputs()
