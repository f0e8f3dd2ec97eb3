"""Property inputs for longest-common-subsequence: short strings over a tiny alphabet, so matches are common."""

from hypothesis import strategies as st

_text = st.text(alphabet="abc", min_size=1, max_size=15)


def arguments():
    return st.tuples(_text, _text).map(list)
