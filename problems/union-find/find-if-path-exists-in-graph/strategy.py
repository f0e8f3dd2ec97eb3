"""Property inputs for find-if-path-exists-in-graph: small graphs with distinct, non-loop edges."""

from itertools import combinations

from hypothesis import strategies as st


@st.composite
def _inputs(draw):
    n = draw(st.integers(1, 10))
    pairs = list(combinations(range(n), 2))
    chosen = draw(st.lists(st.sampled_from(pairs), unique=True, max_size=12)) if pairs else []
    flips = draw(st.lists(st.booleans(), min_size=len(chosen), max_size=len(chosen)))
    edges = [[b, a] if flip else [a, b] for (a, b), flip in zip(chosen, flips)]
    source = draw(st.integers(0, n - 1))
    destination = draw(st.integers(0, n - 1))
    return [n, edges, source, destination]


def arguments():
    return _inputs()
