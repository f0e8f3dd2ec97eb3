"""Property inputs for redundant-connection: a random tree on 1..n plus one extra link, shuffled."""

from hypothesis import strategies as st


@st.composite
def _inputs(draw):
    n = draw(st.integers(3, 10))
    parent = [None] + [draw(st.integers(0, k - 1)) for k in range(1, n)]
    tree = {(k, parent[k]) for k in range(1, n)} | {(parent[k], k) for k in range(1, n)}
    extras = [(a, b) for a in range(n) for b in range(a + 1, n) if (a, b) not in tree]
    a, b = draw(st.sampled_from(extras))  # a tree on n >= 3 nodes always leaves a pair unlinked
    label = draw(st.permutations(range(1, n + 1)))
    links = [(label[k], label[parent[k]]) for k in range(1, n)] + [(label[a], label[b])]
    edges = [[min(x, y), max(x, y)] for x, y in draw(st.permutations(links))]
    return [edges]


def arguments():
    return _inputs()
