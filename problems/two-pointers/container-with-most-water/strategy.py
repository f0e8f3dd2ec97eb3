"""Property inputs for container-with-most-water: short lists of small heights (ties and zeros are common)."""

from hypothesis import strategies as st


def arguments():
    low = st.lists(st.integers(0, 8), min_size=2, max_size=20)
    wide = st.lists(st.integers(0, 10_000), min_size=2, max_size=30)
    return st.one_of(low, wide).map(lambda height: [height])
