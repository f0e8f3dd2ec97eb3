"""Property inputs for top-k-frequent-elements: chosen counts, shuffled, and a k whose answer is unique."""

from hypothesis import strategies as st


@st.composite
def _inputs(draw):
    values = draw(st.lists(st.integers(-10_000, 10_000), min_size=1, max_size=8, unique=True))
    counts = draw(st.lists(st.integers(1, 5), min_size=len(values), max_size=len(values)))
    nums = draw(st.permutations([v for v, c in zip(values, counts) for _ in range(c)]))
    ranked = sorted(counts, reverse=True)
    # k is valid when the k-th count is strictly above the (k+1)-th, or k takes every value.
    ks = [k for k in range(1, len(values) + 1) if k == len(values) or ranked[k - 1] > ranked[k]]
    return [list(nums), draw(st.sampled_from(ks))]


def arguments():
    return _inputs()
