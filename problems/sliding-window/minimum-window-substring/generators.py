"""Worst-case inputs for the complexity report.

t needs the letter "Z", which s holds only at its very end: every window has
to stretch to the last character, so growing a window from each start costs
n^2 / 2 steps.
"""

import string

_LETTERS = string.ascii_letters.replace("Z", "")


def rare_letter_at_end(sizes, rng):
    n = max(sizes["n"], 1)
    s = "".join(rng.choice(_LETTERS) for _ in range(n - 1)) + "Z"
    return [s, "Zab"[: min(3, n)]]
