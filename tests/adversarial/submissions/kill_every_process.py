"""`kill -1`: a child sends SIGKILL to every process it may signal, the runner included. Expected:
runtime_error (the runner died without answering); nothing outside the container is reachable."""
import os
import signal
import time


def two_sum_sorted(numbers, target):
    if os.fork() == 0:
        os.kill(-1, signal.SIGKILL)
        os._exit(0)
    time.sleep(0.5)
    return [1, 2]
