"""Inputs for the complexity report (see problems/README.md, "Complexity reports").

n addNum calls of distinct even values in random order, so no two ever join and there are k = n
intervals at the end, then one getIntervals call.  The values stay within the statement's 0..10_000.
"""


def spread_out(sizes, rng):
    n = sizes["n"]
    values = list(range(0, 2 * n, 2))
    rng.shuffle(values)
    operations = ["SummaryRanges"] + ["addNum"] * n + ["getIntervals"]
    arguments = [[]] + [[v] for v in values] + [[]]
    return [operations, arguments]
