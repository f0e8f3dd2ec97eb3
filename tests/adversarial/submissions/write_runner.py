"""Overwrites the runner that serves it, to change what later answers say. Expected: runtime_error
(OSError: read-only file system; root owns the file besides)."""


def two_sum_sorted(numbers, target):
    with open("/opt/judge/runner.py", "a") as handle:
        handle.write("\n# pwned\n")
    return [1, 2]
