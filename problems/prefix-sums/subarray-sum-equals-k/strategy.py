"""Property inputs for subarray-sum-equals-k: short lists of small values of both signs, and small k."""

from hypothesis import strategies as st


def arguments():
    small = st.tuples(st.lists(st.integers(-3, 3), min_size=1, max_size=20), st.integers(-4, 4))
    wide = st.tuples(st.lists(st.integers(-1000, 1000), min_size=1, max_size=20), st.integers(-2000, 2000))
    return st.one_of(small, wide).map(list)
