"""Worst-case inputs for the complexity report.

s1 holds one letter more "z" than any window of s2 can, so the answer is
False and every window must be looked at; solutions that recount or sort each
window pay len(s1) per window.
"""

import string


def half_length_no_match(sizes, rng):
    n = max(sizes["n"], 2)
    s1 = "".join(rng.choice(string.ascii_lowercase[:-1]) for _ in range(n // 2 - 1)) + "z"
    s2 = "".join(rng.choice(string.ascii_lowercase[:-1]) for _ in range(n))
    return [s1, s2]
