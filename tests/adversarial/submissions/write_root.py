"""Writes to the root of the filesystem. Expected: runtime_error (OSError: read-only file system)."""


def two_sum_sorted(numbers, target):
    with open("/@CANARY@", "w") as handle:
        handle.write("pwned")
    return [1, 2]
