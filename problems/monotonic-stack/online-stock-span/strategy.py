"""Property inputs for online-stock-span: a constructor followed by `next` calls on small prices (ties common)."""

from hypothesis import strategies as st


@st.composite
def _script(draw):
    hi = draw(st.sampled_from([4, 12, 100_000]))
    prices = draw(st.lists(st.integers(1, hi), max_size=30))
    return [["StockSpanner"] + ["next"] * len(prices), [[]] + [[p] for p in prices]]


def arguments():
    return _script()
