"""Property inputs for subsets: short lists of distinct small integers."""

from hypothesis import strategies as st


def arguments():
    return st.lists(st.integers(-10, 10), min_size=1, max_size=8, unique=True).map(lambda nums: [nums])
