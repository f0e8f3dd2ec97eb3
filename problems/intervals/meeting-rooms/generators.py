"""Inputs for the complexity report (see problems/README.md, "Complexity reports").

n meetings that never overlap, in random order: nobody can answer before the last pair is compared.
"""


def disjoint_shuffled(sizes, rng):
    meetings = [[50 * i, 50 * i + rng.randint(1, 50)] for i in range(sizes["n"])]
    rng.shuffle(meetings)
    return [meetings]
