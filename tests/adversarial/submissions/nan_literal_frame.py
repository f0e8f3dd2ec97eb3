"""Forges an answer holding JSON's non-standard NaN literal, which a lax parser would accept as a float
that equals nothing and compares oddly. Expected: runtime_error (the host refuses the constant)."""
import os


def two_sum_sorted(numbers, target):
    for fd in range(3, 10):
        try:
            os.write(fd, b'{"op":"call","id":1,"ok":true,"value":[NaN,Infinity]}\n')
        except OSError:
            pass
    os._exit(0)
