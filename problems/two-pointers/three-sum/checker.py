"""Checker for three-sum: the triplets may come in any order, and so may the values inside each triplet."""

from collections import Counter


def _normal(triplets):
    return sorted(tuple(sorted(t)) for t in triplets)


def check(args, expected, got):
    if not isinstance(got, (list, tuple)):
        return f"expected a list of triplets, got {type(got).__name__}"
    for k, triplet in enumerate(got):
        if not isinstance(triplet, (list, tuple)) or len(triplet) != 3:
            return f"item {k} is not a list of three values: {triplet!r}"
        for x in triplet:
            if type(x) is not int:  # bool is not int here
                return f"item {k} holds {x!r} ({type(x).__name__}), not an int"
    have = Counter(_normal(got))
    repeated = [t for t, count in have.items() if count > 1]
    if repeated:
        return f"triplet {list(repeated[0])} appears {have[repeated[0]]} times (values, not positions, must be unique)"
    want = set(_normal(expected))
    extra = sorted(set(have) - want)
    if extra:
        return f"{list(extra[0])} is not a valid triplet of this input" + (f" (and {len(extra) - 1} more)"
                                                                              if len(extra) > 1 else "")
    missing = sorted(want - set(have))
    if missing:
        return f"triplet {list(missing[0])} is missing" + (f" (and {len(missing) - 1} more)"
                                                            if len(missing) > 1 else "")
    return None
