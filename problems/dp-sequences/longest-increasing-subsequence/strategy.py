"""Property inputs for longest-increasing-subsequence: short lists over a small range, so repeats are common."""

from hypothesis import strategies as st


def arguments():
    return st.lists(st.integers(-20, 20), min_size=1, max_size=30).map(lambda nums: [nums])
