"""`os._exit(0)`: the runner process ends at once with status 0, skipping every handler. Expected:
runtime_error (it ended without answering)."""
import os


def two_sum_sorted(numbers, target):
    os._exit(0)
