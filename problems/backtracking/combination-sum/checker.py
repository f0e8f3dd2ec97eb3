"""Checker for combination-sum: every combination exactly once; the list and each combination in any order."""


def check(args, expected, got):
    candidates, target = args
    if not isinstance(got, (list, tuple)):
        return f"expected a list of combinations, got {type(got).__name__}"
    allowed = set(candidates)
    seen = set()
    for i, combo in enumerate(got):
        if not isinstance(combo, (list, tuple)):
            return f"item {i} is a {type(combo).__name__}, not a list of ints"
        for x in combo:
            if type(x) is not int:  # bool is not int here
                return f"combination {i} holds {x!r} ({type(x).__name__}); values must be ints"
            if x not in allowed:
                return f"combination {i} holds {x}, which is not a candidate"
        if sum(combo) != target:
            return f"combination {i} {list(combo)} adds up to {sum(combo)}, not {target}"
        key = tuple(sorted(combo))
        if key in seen:
            return f"the combination {list(key)} appears more than once (order does not make a new one)"
        seen.add(key)
    # Every combination seen is valid, so any difference from the reference's set is a missing one.
    missing = [sorted(c) for c in expected if tuple(sorted(c)) not in seen]
    if missing:
        return f"{len(missing)} combination(s) missing, for example {missing[0]}"
    return None
