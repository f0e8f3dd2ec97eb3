"""A child is OOM-killed once; the parent answers every call correctly, so no answer shows it.
Expected: memory_limit (the host asks the engine about OOM kills before it accepts)."""
import os

_spent = False


def two_sum_sorted(numbers, target):
    global _spent
    if not _spent:
        _spent = True
        pid = os.fork()
        if pid == 0:
            hog = []
            while True:
                hog.append(b"\1" * (64 << 20))
        _, status = os.waitpid(pid, 0)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == 9, "the child was meant to be OOM-killed"
    lo, hi = 0, len(numbers) - 1
    while numbers[lo] + numbers[hi] != target:
        if numbers[lo] + numbers[hi] < target:
            lo += 1
        else:
            hi -= 1
    return [lo + 1, hi + 1]
