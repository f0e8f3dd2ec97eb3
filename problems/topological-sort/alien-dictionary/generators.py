"""Worst-case inputs for the complexity report (see problems/README.md, "Complexity reports").

Distinct random words of 1 to 10 letters sorted by a random alien alphabet of
all 26 letters: the list is valid, so every neighbouring pair has to be
compared, until about C letters have been read.
"""

import string


def sorted_words(sizes, rng):
    total = sizes["C"]
    alphabet = list(string.ascii_lowercase)
    rng.shuffle(alphabet)
    rank = {ch: i for i, ch in enumerate(alphabet)}
    words, letters = set(), 0
    while letters < total:
        word = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 10)))
        if word not in words:
            words.add(word)
            letters += len(word)
    return [sorted(words, key=lambda w: [rank[ch] for ch in w])]
