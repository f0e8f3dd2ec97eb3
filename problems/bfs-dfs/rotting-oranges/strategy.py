"""Property inputs for rotting-oranges: small crates with drawn proportions of empty, fresh and rotten cells."""

from hypothesis import strategies as st


@st.composite
def _inputs(draw):
    m = draw(st.integers(1, 7))
    n = draw(st.integers(1, 7))
    weights = draw(st.sampled_from([(1, 4, 1), (2, 6, 1), (1, 1, 1), (0, 5, 1), (3, 3, 0), (1, 0, 2)]))
    pool = [0] * weights[0] + [1] * weights[1] + [2] * weights[2]
    return [[[draw(st.sampled_from(pool)) for _ in range(n)] for _ in range(m)]]


def arguments():
    return _inputs()
