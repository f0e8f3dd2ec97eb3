"""Property inputs for valid-palindrome: short strings over a few letters, digits and separators.

Half of them are palindromes by construction (mirrored halves with random case
and separators sprinkled in), since random strings almost never are.
"""

from hypothesis import strategies as st

_ALNUM = "aAbB01"
_OTHER = " ,_.:"


@st.composite
def _palindrome(draw):
    half = draw(st.text(alphabet=_ALNUM, max_size=8))
    middle = draw(st.text(alphabet=_ALNUM, max_size=1))
    flips = draw(st.lists(st.booleans(), min_size=len(half), max_size=len(half)))
    mirrored = [c.swapcase() if f else c for c, f in zip(reversed(half), flips)]
    core = list(half + middle) + mirrored
    noise = draw(st.lists(st.tuples(st.integers(0, len(core)), st.sampled_from(_OTHER)), max_size=4))
    for at, c in sorted(noise, reverse=True):
        core.insert(at, c)
    text = "".join(core)
    return text if text else draw(st.sampled_from(_OTHER + _ALNUM))


def arguments():
    return st.one_of(_palindrome(), st.text(alphabet=_ALNUM + _OTHER, min_size=1, max_size=16)).map(lambda s: [s])
