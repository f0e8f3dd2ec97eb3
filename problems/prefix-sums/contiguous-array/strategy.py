"""Property inputs for contiguous-array: short lists of bits, sometimes heavily skewed."""

from hypothesis import strategies as st


def arguments():
    bits = st.lists(st.integers(0, 1), min_size=1, max_size=24)
    skewed = st.lists(st.sampled_from([0, 0, 0, 1]), min_size=1, max_size=24)
    return st.one_of(bits, skewed).map(lambda nums: [nums])
