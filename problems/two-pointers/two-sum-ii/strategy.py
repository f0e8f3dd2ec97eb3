"""Property inputs for two-sum-ii: small sorted lists with exactly one pair reaching the target."""

from hypothesis import assume, strategies as st


@st.composite
def _inputs(draw):
    values = sorted(draw(st.lists(st.integers(-50, 50), min_size=2, max_size=30)))
    i = draw(st.integers(0, len(values) - 2))
    j = draw(st.integers(i + 1, len(values) - 1))
    target = values[i] + values[j]
    pairs = sum(1 for a in range(len(values)) for b in range(a + 1, len(values)) if values[a] + values[b] == target)
    assume(pairs == 1)
    return [values, target]


def arguments():
    return _inputs()
