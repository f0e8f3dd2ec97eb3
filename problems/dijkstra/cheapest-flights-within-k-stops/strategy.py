"""Property inputs for cheapest-flights-within-k-stops: small directed graphs, cycles allowed."""

from hypothesis import strategies as st


@st.composite
def _inputs(draw):
    n = draw(st.integers(2, 7))
    pairs = [(a, b) for a in range(n) for b in range(n) if a != b]
    chosen = draw(st.lists(st.sampled_from(pairs), unique=True, max_size=n * (n - 1) // 2))
    flights = [[a, b, draw(st.integers(1, 20))] for a, b in chosen]
    src = draw(st.integers(0, n - 1))
    dst = draw(st.integers(0, n - 2))
    if dst >= src:
        dst += 1
    return [n, flights, src, dst, draw(st.integers(0, n - 1))]


def arguments():
    return _inputs()
