"""Kills the runner's parent (the container's init): SIGKILL to PID 1 is ignored by the kernel; SIGTERM is
forwarded by the init to the runner, which dies. Expected: runtime_error (ended without answering)."""
import os
import signal
import time


def two_sum_sorted(numbers, target):
    os.kill(os.getppid(), signal.SIGKILL)
    os.kill(1, signal.SIGKILL)
    os.kill(1, signal.SIGTERM)
    time.sleep(0.5)
    return [1, 2]
