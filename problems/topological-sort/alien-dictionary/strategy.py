"""Property inputs for alien-dictionary: words over a few letters, usually sorted by a drawn
alien order (so an alphabet exists), sometimes disturbed or not sorted at all."""

from hypothesis import strategies as st


@st.composite
def _inputs(draw):
    alphabet = draw(st.permutations("abcde"))[: draw(st.integers(1, 5))]
    rank = {ch: i for i, ch in enumerate(alphabet)}
    word = st.text(alphabet="".join(alphabet), min_size=1, max_size=4)
    words = draw(st.lists(word, min_size=1, max_size=8))
    how = draw(st.sampled_from(["sorted", "sorted", "sorted", "prefix", "as-drawn"]))
    if how != "as-drawn":
        words.sort(key=lambda w: [rank[ch] for ch in w])
    if how == "prefix":
        i = draw(st.integers(0, len(words) - 1))
        words.insert(i + 1, words[i][: draw(st.integers(0, len(words[i]) - 1))] or words[i])
    return [words]


def arguments():
    return _inputs()
