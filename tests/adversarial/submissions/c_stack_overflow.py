"""Overflows the C stack: lifts the recursion limit and asks C code (repr) to walk a structure nested a
million deep. Expected: runtime_error (RecursionError from the interpreter's C-stack guard, or the crash
of the runner), not a hang."""
import sys


def two_sum_sorted(numbers, target):
    sys.setrecursionlimit(10**9)
    nested = []
    for _ in range(10**6):
        nested = [nested]
    return [len(repr(nested)), 0]
