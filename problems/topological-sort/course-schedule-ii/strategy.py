"""Property inputs for course-schedule-ii: small graphs, some acyclic by construction, some arbitrary."""

from hypothesis import strategies as st


@st.composite
def _inputs(draw):
    n = draw(st.integers(1, 10))
    # Two different courses per pair (LeetCode 210: a != b): b is a step of 1 .. n - 1 on from a.
    pair = st.tuples(st.integers(0, n - 1), st.integers(1, max(n - 1, 1))).map(lambda p: (p[0], (p[0] + p[1]) % n))
    pairs = draw(st.lists(pair, max_size=20, unique=True)) if n > 1 else []
    if draw(st.booleans()):
        # Acyclic: every edge points forward along a drawn ordering of the courses.
        rank = draw(st.permutations(range(n)))
        pairs = [(a, b) for a, b in pairs if rank[a] != rank[b]]
        pairs = [(a, b) if rank[b] < rank[a] else (b, a) for a, b in pairs]
    return [n, [list(p) for p in dict.fromkeys(pairs)]]  # distinct pairs, as LeetCode promises


def arguments():
    return _inputs()
