"""Inputs for the complexity report (see problems/README.md, "Complexity reports").

n short intervals in random order (sorting them is the work), spread over the statement's 0..10_000
so that some overlap and many do not.
"""


def shuffled(sizes, rng):
    intervals = []
    for _ in range(sizes["n"]):
        start = rng.randint(0, 9_990)
        intervals.append([start, start + rng.randint(0, 10)])
    return [intervals]
