"""`raise SystemExit(0)` mid-call, as if a clean exit meant success. Expected: runtime_error."""


def two_sum_sorted(numbers, target):
    raise SystemExit(0)
