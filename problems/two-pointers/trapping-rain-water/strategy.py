"""Property inputs for trapping-rain-water: short terrains of low columns (basins and ties are common)."""

from hypothesis import strategies as st


def arguments():
    low = st.lists(st.integers(0, 6), min_size=1, max_size=20)
    wide = st.lists(st.integers(0, 100_000), min_size=1, max_size=20)
    return st.one_of(low, wide).map(lambda height: [height])
