"""Property inputs for house-robber: short rows, small values so ties and zeros are common."""

from hypothesis import strategies as st


def arguments():
    return st.lists(st.integers(0, 12), min_size=1, max_size=25).map(lambda nums: [nums])
