"""Prints without end. Expected: output_limit (the runner caps what one call may print)."""


def two_sum_sorted(numbers, target):
    while True:
        print("x" * 1000)
