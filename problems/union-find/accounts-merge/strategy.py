"""Property inputs for accounts-merge: a few people (names may repeat), each owning a small pool of
addresses; every account is a non-empty selection from one person's pool."""

from hypothesis import strategies as st


@st.composite
def _inputs(draw):
    people = draw(st.integers(1, 4))
    accounts = []
    for p in range(people):
        name = draw(st.sampled_from(["Ann", "Bo", "Cy"]))
        pool = [f"{chr(ord('a') + p)}{k}@m.co" for k in range(draw(st.integers(1, 5)))]
        for _ in range(draw(st.integers(1, 3))):
            emails = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=len(pool), unique=True))
            accounts.append([name] + emails)
    return [draw(st.permutations(accounts))]


def arguments():
    return _inputs()
