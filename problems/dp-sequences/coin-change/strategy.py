"""Property inputs for coin-change: a few small kinds (repeats allowed) and a small amount."""

from hypothesis import strategies as st


def arguments():
    return st.tuples(st.lists(st.integers(1, 25), min_size=1, max_size=5), st.integers(0, 80)).map(list)
