"""Property inputs for minimum-size-subarray-sum: short lists of small positive numbers.

The target is drawn up to a little above the list's total, so both a reachable
target and the no-answer case come up often.
"""

from hypothesis import strategies as st


@st.composite
def _inputs(draw):
    nums = draw(st.lists(st.integers(1, 9), min_size=1, max_size=20))
    target = draw(st.integers(1, sum(nums) + 3))
    return [target, nums]


def arguments():
    return _inputs()
