"""Property inputs for swim-in-rising-water: small pools holding a drawn permutation of 0 .. n*n - 1."""

from hypothesis import strategies as st


@st.composite
def _inputs(draw):
    n = draw(st.integers(1, 6))
    values = draw(st.permutations(range(n * n)))
    return [[list(values[r * n:(r + 1) * n]) for r in range(n)]]


def arguments():
    return _inputs()
