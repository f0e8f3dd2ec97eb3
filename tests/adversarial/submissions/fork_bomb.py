"""A fork bomb: every process forks forever. Expected: time_limit; the pids limit keeps it inside the
container and removing the container kills every process in it."""
import os


def two_sum_sorted(numbers, target):
    while True:
        try:
            os.fork()
        except OSError:
            pass
