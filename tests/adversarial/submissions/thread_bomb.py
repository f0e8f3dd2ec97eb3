"""A thread bomb: start sleeping threads forever. Expected: time_limit (threads count against the pids limit)."""
import threading
import time


def two_sum_sorted(numbers, target):
    while True:
        try:
            threading.Thread(target=time.sleep, args=(3600,), daemon=True).start()
        except RuntimeError:
            pass
