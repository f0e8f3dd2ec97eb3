"""Starts threads until the runtime refuses, then reports how many it got. Expected: wrong_answer, with
fewer threads than the container's pids limit."""
import threading
import time


def two_sum_sorted(numbers, target):
    started = 0
    while started < 10_000:
        try:
            threading.Thread(target=time.sleep, args=(3600,), daemon=True).start()
        except RuntimeError as exc:
            print(f"threads={started} refused={type(exc).__name__}")
            return [0, 0]
        started += 1
    print(f"threads={started} refused=never")
    return [0, 0]
