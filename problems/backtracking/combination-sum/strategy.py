"""Property inputs for combination-sum: a few distinct candidates and a small target (few combinations)."""

from hypothesis import strategies as st


def arguments():
    return st.tuples(st.lists(st.integers(2, 15), min_size=1, max_size=5, unique=True), st.integers(1, 20)).map(list)
