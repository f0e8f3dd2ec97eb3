"""Sleeps far past the limit without using any CPU. Expected: time_limit (the limit is wall-clock)."""
import time


def two_sum_sorted(numbers, target):
    time.sleep(3600)
    return [1, 2]
