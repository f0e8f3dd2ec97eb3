"""Property inputs for minimum-height-trees: random trees on 1..12 nodes, labels permuted,
edges shuffled and randomly oriented."""

from hypothesis import strategies as st


@st.composite
def _inputs(draw):
    n = draw(st.integers(1, 12))
    parent = [draw(st.integers(0, k - 1)) for k in range(1, n)]
    label = draw(st.permutations(range(n)))
    flips = draw(st.lists(st.booleans(), min_size=n - 1, max_size=n - 1))
    edges = [[label[k + 1], label[p]] if flip else [label[p], label[k + 1]]
             for k, (p, flip) in enumerate(zip(parent, flips))]
    return [n, draw(st.permutations(edges))]


def arguments():
    return _inputs()
