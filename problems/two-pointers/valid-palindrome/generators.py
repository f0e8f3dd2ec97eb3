"""Worst-case inputs for the complexity report.

A palindrome of letters and digits only: two pointers compare every pair
before they meet, and nothing is skipped.
"""

import string


def long_palindrome(sizes, rng):
    n = max(sizes["n"], 1)
    half = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n // 2))
    middle = "7" if n % 2 else ""
    return [half + middle + half[::-1].swapcase()]
