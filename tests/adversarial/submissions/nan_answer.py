"""Returns NaNs, which are not equal even to themselves. Expected: wrong_answer."""


def two_sum_sorted(numbers, target):
    return [float("nan"), float("nan")]
