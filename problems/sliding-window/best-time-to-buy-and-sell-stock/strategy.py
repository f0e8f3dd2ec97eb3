"""Property inputs for best-time-to-buy-and-sell-stock: short price lists, often with ties and falls."""

from hypothesis import strategies as st


def arguments():
    low = st.lists(st.integers(0, 8), min_size=1, max_size=20)
    wide = st.lists(st.integers(0, 10_000), min_size=1, max_size=25)
    return st.one_of(low, wide).map(lambda prices: [prices])
