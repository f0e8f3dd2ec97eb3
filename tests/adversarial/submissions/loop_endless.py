"""An endless loop in the entry point. Expected: time_limit (the host kills the container at the deadline)."""


def two_sum_sorted(numbers, target):
    while True:
        pass
