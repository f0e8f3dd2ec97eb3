"""Signals the runner's parent, the container's PID 1 (the judge's guard): the kernel drops every signal sent
to a namespace's init from inside unless the init handles it, and the guard handles none. The runner goes on;
the answer is wrong for most cases. Expected: wrong_answer (the guard, and so the container, unharmed)."""
import os
import signal
import time


def two_sum_sorted(numbers, target):
    os.kill(os.getppid(), signal.SIGKILL)
    os.kill(1, signal.SIGKILL)
    os.kill(1, signal.SIGTERM)
    time.sleep(0.5)
    return [1, 2]
