"""Property inputs for permutations: up to 5 distinct small integers (up to 120 permutations)."""

from hypothesis import strategies as st


def arguments():
    return st.lists(st.integers(-10, 10), min_size=1, max_size=5, unique=True).map(lambda nums: [nums])
