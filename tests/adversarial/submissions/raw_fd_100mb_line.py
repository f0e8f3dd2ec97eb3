"""Writes one 100 MB line straight to file descriptors 1 and 2, around sys.stdout. Expected: output_limit
(the host counts stderr, where the runner points fd 1, and stops reading at its cap), quickly: the
engine must not hold the kill while it still has unread output to deliver."""
import os


def two_sum_sorted(numbers, target):
    line = b"x" * (100 << 20)
    os.write(1, line)
    os.write(2, line)
    return [1, 2]
