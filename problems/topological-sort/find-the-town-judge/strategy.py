"""Property inputs for find-the-town-judge: small towns, random distinct trust pairs, and half the
time a planted judge (everyone else trusts them, they trust nobody)."""

from hypothesis import strategies as st


@st.composite
def _inputs(draw):
    n = draw(st.integers(1, 7))
    pairs = [(a, b) for a in range(1, n + 1) for b in range(1, n + 1) if a != b]
    chosen = set(draw(st.lists(st.sampled_from(pairs), unique=True, max_size=12))) if pairs else set()
    if draw(st.booleans()):
        judge = draw(st.integers(1, n))
        chosen = {(a, b) for a, b in chosen if a != judge} | {(p, judge) for p in range(1, n + 1) if p != judge}
    trust = draw(st.permutations(sorted(chosen)))
    return [n, [list(p) for p in trust]]


def arguments():
    return _inputs()
