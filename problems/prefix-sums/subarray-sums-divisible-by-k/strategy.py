"""Property inputs for subarray-sums-divisible-by-k: short lists with negatives and a small k."""

from hypothesis import strategies as st


def arguments():
    small = st.tuples(st.lists(st.integers(-9, 9), min_size=1, max_size=20), st.integers(2, 6))
    wide = st.tuples(st.lists(st.integers(-10_000, 10_000), min_size=1, max_size=20), st.integers(2, 10_000))
    return st.one_of(small, wide).map(list)
