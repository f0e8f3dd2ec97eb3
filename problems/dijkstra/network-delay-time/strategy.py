"""Property inputs for network-delay-time: small directed graphs with distinct pairs and small weights."""

from hypothesis import strategies as st


@st.composite
def _inputs(draw):
    n = draw(st.integers(2, 7))  # LeetCode: at least one link, and a link joins two different nodes
    pairs = [(u, v) for u in range(1, n + 1) for v in range(1, n + 1) if u != v]
    chosen = draw(st.lists(st.sampled_from(pairs), unique=True, min_size=1, max_size=len(pairs)))
    times = [[u, v, draw(st.integers(0, 12))] for u, v in chosen]
    return [times, n, draw(st.integers(1, n))]


def arguments():
    return _inputs()
