"""Inputs for the complexity report (see problems/README.md, "Complexity reports").

Two random words of lengths m and n over four letters: every cell of the table is filled whatever
their lengths, and matches and mismatches both occur.
"""


def two_words(sizes, rng):
    return ["".join(rng.choice("abcd") for _ in range(sizes["m"])),
            "".join(rng.choice("abcd") for _ in range(sizes["n"]))]
