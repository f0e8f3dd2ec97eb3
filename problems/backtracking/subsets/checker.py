"""Checker for subsets: every subset of nums exactly once; the list and each subset in any order."""


def check(args, expected, got):
    (nums,) = args
    if not isinstance(got, (list, tuple)):
        return f"expected a list of subsets, got {type(got).__name__}"
    allowed = set(nums)
    seen = set()
    for i, subset in enumerate(got):
        if not isinstance(subset, (list, tuple)):
            return f"item {i} is a {type(subset).__name__}, not a list of ints"
        for x in subset:
            if type(x) is not int:  # bool is not int here
                return f"subset {i} holds {x!r} ({type(x).__name__}); elements must be ints"
            if x not in allowed:
                return f"subset {i} holds {x}, which is not in nums"
        key = frozenset(subset)
        if len(key) != len(subset):
            return f"subset {i} {list(subset)} uses an element more than once"
        if key in seen:
            return f"the subset {sorted(key)} appears more than once"
        seen.add(key)
    # Distinct subsets of a set of n values: exactly the power set when there are 2**n of them.
    if len(seen) != 2 ** len(nums):
        missing = next((sorted(s) for s in expected if frozenset(s) not in seen), None)
        return f"{len(seen)} subsets returned, expected {2 ** len(nums)}; missing for example {missing}"
    return None
