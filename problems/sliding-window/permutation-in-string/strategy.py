"""Property inputs for permutation-in-string: short strings over three letters.

Half the time s2 has a shuffled copy of s1 planted in it, so True answers are common.
"""

from hypothesis import strategies as st

_TEXT = st.text(alphabet="abc", min_size=1, max_size=6)


@st.composite
def _planted(draw):
    s1 = draw(_TEXT)
    shuffled = "".join(draw(st.permutations(list(s1))))
    before = draw(st.text(alphabet="abc", max_size=8))
    after = draw(st.text(alphabet="abc", max_size=8))
    return [s1, before + shuffled + after]


def arguments():
    free = st.tuples(_TEXT, st.text(alphabet="abc", min_size=1, max_size=14)).map(list)
    return st.one_of(free, _planted())
