"""Property inputs for count-of-range-sum: short lists and a range drawn as lower <= upper."""

from hypothesis import strategies as st


@st.composite
def _inputs(draw):
    wide = draw(st.booleans())
    value = st.integers(-2**31, 2**31 - 1) if wide else st.integers(-6, 6)
    nums = draw(st.lists(value, min_size=1, max_size=16))
    a = draw(st.integers(-12, 12))
    b = draw(st.integers(-12, 12))
    return [nums, min(a, b), max(a, b)]


def arguments():
    return _inputs()
