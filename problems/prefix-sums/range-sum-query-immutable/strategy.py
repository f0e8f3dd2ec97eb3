"""Property inputs for range-sum-query-immutable: a short list and a few valid queries over it."""

from hypothesis import strategies as st


@st.composite
def _script(draw):
    nums = draw(st.lists(st.integers(-20, 20), min_size=1, max_size=12))
    n = len(nums)
    ends = draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=12))
    queries = [[min(a, b), max(a, b)] for a, b in ends]
    return [["NumArray"] + ["sumRange"] * len(queries), [[nums]] + queries]


def arguments():
    return _script()
