"""Inputs for the complexity report (see problems/README.md, "Complexity reports").

n distinct values: 2^n subsets whatever they are.  The sizes climb a step ladder (the answer doubles
with each value), past the statement's 10 values up to 16.
"""


def distinct(sizes, rng):
    return [rng.sample(range(-10, 11), sizes["n"])]
