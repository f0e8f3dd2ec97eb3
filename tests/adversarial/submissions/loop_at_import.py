"""Loops while the module is imported, before any entry point exists. Expected: time_limit (the load has
its own deadline: the per-call limit plus a grace for starting Python)."""
while True:
    pass


def two_sum_sorted(numbers, target):
    return [1, 2]
