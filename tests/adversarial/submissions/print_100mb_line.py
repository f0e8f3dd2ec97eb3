"""Prints one 100 MB line. Expected: output_limit, and the host never holds the line."""


def two_sum_sorted(numbers, target):
    print("x" * (100 << 20))
    return [1, 2]
