"""Worst-case inputs for the complexity report (see problems/README.md, "Complexity reports").

The judge, if any, is the last label, so no scan can stop early: the first
min(T, n - 1) people trust person n (all of them, when T allows, which makes
n the judge).  The remaining pairs go round the other people in a shuffled
order, each trusting the one ``s`` places after it, for s = 1, 2, ...: every
full round gives each of them one trust in and one out, so their scores stay
between -2 and 1.  Random pairs would push scores below -5 as T grows, and
CPython's ints outside -5..256 are objects of their own: the score list's
memory would grow with T while its length stays n, and space read O(n + T).
The pairs are shuffled; n and T vary one at a time.
"""


def judge_last(sizes, rng):
    n, t = sizes["n"], sizes["T"]
    if t > (n - 1) + (n - 1) * (n - 2):
        raise ValueError(f"{t} distinct pairs do not fit in a town of {n}")
    trust = [[p, n] for p in range(1, min(t, n - 1) + 1)]
    others = list(range(1, n))
    rng.shuffle(others)
    place, step = 0, 1
    while len(trust) < t:
        trust.append([others[place], others[(place + step) % len(others)]])
        place += 1
        if place == len(others):
            place, step = 0, step + 1
    rng.shuffle(trust)
    return [n, trust]
