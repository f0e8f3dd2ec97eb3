"""Property inputs for koko-eating-bananas: a few piles and enough hours to visit each pile once."""

from hypothesis import strategies as st


@st.composite
def _inputs(draw):
    top = draw(st.sampled_from([5, 40, 10**9]))
    piles = draw(st.lists(st.integers(1, top), min_size=1, max_size=8))
    h = len(piles) + draw(st.integers(0, 3 * sum(piles) // len(piles) + 3))
    return [piles, min(h, 10**9)]


def arguments():
    return _inputs()
