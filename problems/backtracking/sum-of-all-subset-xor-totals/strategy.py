"""Property inputs for sum-of-all-subset-xor-totals: short lists of allowed values (repeats common)."""

from hypothesis import strategies as st


def arguments():
    return st.lists(st.integers(1, 20), min_size=1, max_size=10).map(lambda nums: [nums])
