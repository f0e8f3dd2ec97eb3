"""Allocates and touches memory without end. Expected: memory_limit (the kernel's OOM killer, inside the
container's memory cgroup; swap is not allowed either)."""


def two_sum_sorted(numbers, target):
    hog = []
    while True:
        hog.append(b"\1" * (64 << 20))
