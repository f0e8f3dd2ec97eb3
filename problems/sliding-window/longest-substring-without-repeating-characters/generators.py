"""Worst-case inputs for the complexity report: the 95 printable characters over and over.

Every step finds a repeat exactly one window length back, so the window moves
on every character and solutions that rescan the window do 95 steps per start.
"""

_PRINTABLE = "".join(chr(c) for c in range(32, 127))


def cycling_alphabet(sizes, rng):
    n = max(sizes["n"], 0)
    order = list(_PRINTABLE)
    rng.shuffle(order)
    return ["".join(order) * (n // len(order)) + "".join(order[: n % len(order)])]
