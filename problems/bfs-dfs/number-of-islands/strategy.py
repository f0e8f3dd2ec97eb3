"""Property inputs for number-of-islands: small maps with a drawn land density, so islands touch and wind."""

from hypothesis import strategies as st


@st.composite
def _inputs(draw):
    m = draw(st.integers(1, 7))
    n = draw(st.integers(1, 7))
    land = draw(st.sampled_from([0.2, 0.5, 0.65, 0.85]))
    cells = draw(st.lists(st.floats(0, 1, exclude_max=True), min_size=m * n, max_size=m * n))
    return [[["1" if cells[r * n + c] < land else "0" for c in range(n)] for r in range(m)]]


def arguments():
    return _inputs()
