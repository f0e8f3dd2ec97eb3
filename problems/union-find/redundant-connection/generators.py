"""Worst-case inputs for the complexity report (see problems/README.md, "Complexity reports").

A path through every node, in a shuffled labelling and link order, whose
closing link (first node to last) comes last: every link has to be processed,
and the cycle is as long as it can be.
"""


def cycle_closed_last(sizes, rng):
    n = max(sizes["n"], 3)
    label = list(range(1, n + 1))
    rng.shuffle(label)
    edges = [sorted((label[k], label[k + 1])) for k in range(n - 1)]
    rng.shuffle(edges)
    return [edges + [sorted((label[0], label[-1]))]]
