"""Worst-case inputs for the complexity report (see problems/README.md, "Complexity reports").

The judge, if any, is the last label, so no scan can stop early: the first
min(T, n - 1) people trust person n (all of them, when T allows, which makes
n the judge) and the remaining pairs are random trust among the others,
shuffled.  n and T vary one at a time.
"""


def judge_last(sizes, rng):
    n, t = sizes["n"], sizes["T"]
    if t > (n - 1) + (n - 1) * (n - 2):
        raise ValueError(f"{t} distinct pairs do not fit in a town of {n}")
    pairs = {(p, n) for p in range(1, min(t, n - 1) + 1)}
    while len(pairs) < t:
        a, b = rng.randrange(1, n), rng.randrange(1, n)
        if a != b:
            pairs.add((a, b))
    trust = [list(p) for p in pairs]
    rng.shuffle(trust)
    return [n, trust]
