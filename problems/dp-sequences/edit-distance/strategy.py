"""Property inputs for edit-distance: short words (possibly empty) over a tiny alphabet."""

from hypothesis import strategies as st

_word = st.text(alphabet="abc", max_size=12)


def arguments():
    return st.tuples(_word, _word).map(list)
