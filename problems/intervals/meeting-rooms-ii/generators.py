"""Inputs for the complexity report (see problems/README.md, "Complexity reports").

n meetings of random lengths in random order, most overlapping a few others.
"""


def random_meetings(sizes, rng):
    n = sizes["n"]
    meetings = []
    for _ in range(n):
        start = rng.randint(0, 60 * n)
        meetings.append([start, start + rng.randint(1, 300)])
    return [meetings]
