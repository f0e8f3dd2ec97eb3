"""Property inputs for three-sum: short lists of small integers, so that zero-sum triplets and repeats are common."""

from hypothesis import strategies as st


def arguments():
    small = st.lists(st.integers(-6, 6), min_size=3, max_size=14)
    wide = st.lists(st.integers(-40, 40), min_size=3, max_size=20)
    return st.one_of(small, wide).map(lambda nums: [nums])
