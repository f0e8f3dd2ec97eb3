"""Property inputs for minimum-number-of-days-to-make-m-bouquets: short rows; m may exceed what the row can supply."""

from hypothesis import strategies as st


@st.composite
def _inputs(draw):
    top = draw(st.sampled_from([3, 12, 10**9]))
    bloom_day = draw(st.lists(st.integers(1, top), min_size=1, max_size=15))
    n = len(bloom_day)
    k = draw(st.integers(1, n))
    m = draw(st.integers(1, n + 2))
    return [bloom_day, m, k]


def arguments():
    return _inputs()
