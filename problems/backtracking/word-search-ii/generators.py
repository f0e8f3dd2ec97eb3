"""Inputs for the complexity report (see problems/README.md, "Complexity reports").

An R x C board of "a" and the words: "aab", which sends a search from every cell into every neighbour
and never ends in a find (so nothing is pruned), and W - 1 more words of three letters that start with
a letter the board lacks (they cost building the trie only).  L = 3 throughout: longer words make the
cells near an edge, which have fewer paths, bend the sweeps of R and C at small sizes.
"""

import string


def all_a(sizes, rng):
    rows, cols, count = sizes["R"], sizes["C"], sizes["W"]
    board = [["a"] * cols for _ in range(rows)]
    words = {"aab"}
    while len(words) < count:
        words.add(rng.choice(string.ascii_lowercase[1:]) + "".join(rng.choices(string.ascii_lowercase, k=2)))
    return [board, sorted(words)]
