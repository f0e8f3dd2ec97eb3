"""Property inputs for minimum-window-substring: short strings over a few letters of both cases."""

from hypothesis import strategies as st


def arguments():
    s = st.text(alphabet="abcA", min_size=1, max_size=20)
    t = st.text(alphabet="abcA", min_size=1, max_size=5)
    return st.tuples(s, t).map(list)
