"""A child is OOM-killed; the parent then exits with status 0, as if all went well. Expected: memory_limit
(the engine reports the OOM kill with the exit)."""
import os


def two_sum_sorted(numbers, target):
    pid = os.fork()
    if pid == 0:
        hog = []
        while True:
            hog.append(b"\1" * (64 << 20))
    os.waitpid(pid, 0)
    os._exit(0)
