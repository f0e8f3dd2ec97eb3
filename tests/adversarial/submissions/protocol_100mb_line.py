"""Writes one 100 MB line, without a newline, to every descriptor that might be the protocol channel.
Expected: output_limit (the host reads at most the answer cap), with the judge's memory bounded."""
import os


def two_sum_sorted(numbers, target):
    blob = b"[" + b"1," * (50 << 20)
    for fd in range(3, 10):
        try:
            os.write(fd, blob)
        except OSError:
            pass
    return [1, 2]
