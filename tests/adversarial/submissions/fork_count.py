"""Forks sleeping children until the kernel refuses, then reports how many it got. Expected: wrong_answer,
with fewer forks than the container's pids limit."""
import os
import time


def two_sum_sorted(numbers, target):
    forks = 0
    while forks < 10_000:
        try:
            pid = os.fork()
        except OSError as exc:
            print(f"forks={forks} refused={type(exc).__name__}")
            return [0, 0]
        if pid == 0:
            time.sleep(3600)
            os._exit(0)
        forks += 1
    print(f"forks={forks} refused=never")
    return [0, 0]
