"""Property inputs for word-ladder: short words over three letters, so ladders branch and rejoin."""

from hypothesis import strategies as st


@st.composite
def _inputs(draw):
    length = draw(st.integers(1, 3))
    word = st.text(alphabet="abc", min_size=length, max_size=length)
    word_list = draw(st.lists(word, min_size=1, max_size=12, unique=True))
    begin = draw(word)
    if draw(st.integers(0, 4)) > 0:
        end = draw(st.sampled_from(word_list))  # usually in the list
    else:
        end = draw(word)
    if begin == end:
        begin = "d" * length  # a word no other is close to unless one letter is shared
    return [begin, end, word_list]


def arguments():
    return _inputs()
