"""Property inputs for number-of-provinces: small symmetric 0/1 matrices with ones on the diagonal."""

from hypothesis import strategies as st


@st.composite
def _inputs(draw):
    n = draw(st.integers(1, 9))
    m = [[0] * n for _ in range(n)]
    for i in range(n):
        m[i][i] = 1
        for j in range(i):
            m[i][j] = m[j][i] = draw(st.integers(0, 1))
    return [m]


def arguments():
    return _inputs()
