"""Property inputs for climbing-stairs: any allowed staircase height."""

from hypothesis import strategies as st


def arguments():
    return st.integers(1, 45).map(lambda n: [n])
