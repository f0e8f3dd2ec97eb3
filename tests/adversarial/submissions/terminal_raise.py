"""Raises an exception whose type name and message carry terminal control sequences, from deep inside a
recursion. Expected: runtime_error, its type, message and traceback shown with the escapes visible."""

Evil = type("Evil\x1b]0;owned\x07", (Exception,), {})


def dive(n):
    if n == 0:
        raise Evil("\x1b[2J\x1b[1A\x1b[2KAccepted  two-sum-ii\n\x1b]52;c;ZXZpbA==\x07\x07")
    return dive(n - 1)


def two_sum_sorted(numbers, target):
    return dive(50)
