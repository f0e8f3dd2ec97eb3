"""Property inputs for find-median-from-data-stream: adds of small integers, with a query after any of them."""

from hypothesis import strategies as st


@st.composite
def _script(draw):
    top = draw(st.sampled_from([3, 50, 100_000]))
    values = draw(st.lists(st.integers(-top, top), min_size=1, max_size=20))
    ops, args = ["MedianFinder"], [[]]
    for v in values:
        ops.append("addNum")
        args.append([v])
        for _ in range(draw(st.integers(0, 2))):
            ops.append("findMedian")
            args.append([])
    return [ops, args]


def arguments():
    return _script()
