"""Property inputs for longest-substring-without-repeating-characters: short strings over small alphabets."""

from hypothesis import strategies as st


def arguments():
    tiny = st.text(alphabet="abcA ", max_size=16)
    wider = st.text(alphabet="abcdefgh01 !", max_size=30)
    return st.one_of(tiny, wider).map(lambda s: [s])
