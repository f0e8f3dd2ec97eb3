"""Overwrites its own source and drops a file beside it, in the one directory shared with the host.
Expected: runtime_error (a read-only bind mount)."""


def two_sum_sorted(numbers, target):
    with open("/submission/@CANARY@", "w") as handle:
        handle.write("pwned")
    return [1, 2]
