"""Property inputs for course-schedule: small graphs, some acyclic by construction, some arbitrary."""

from hypothesis import strategies as st


@st.composite
def _inputs(draw):
    n = draw(st.integers(1, 10))
    pair = st.tuples(st.integers(0, n - 1), st.integers(0, n - 1))
    pairs = draw(st.lists(pair, max_size=20, unique=True))
    if draw(st.booleans()):
        # Acyclic: every edge points forward along a drawn ordering of the courses.
        rank = draw(st.permutations(range(n)))
        pairs = [(a, b) for a, b in pairs if rank[a] != rank[b]]
        pairs = [(a, b) if rank[b] < rank[a] else (b, a) for a, b in pairs]
    return [n, [list(p) for p in dict.fromkeys(pairs)]]  # distinct pairs, as LeetCode promises


def arguments():
    return _inputs()
