"""Recursion without a base case. Expected: runtime_error (RecursionError), well within the time limit."""


def dive(n):
    return dive(n + 1) + 1


def two_sum_sorted(numbers, target):
    return dive(0)
