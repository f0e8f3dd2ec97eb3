"""Forges an answer nested a hundred thousand lists deep, which would crash a recursive parser.
Expected: runtime_error (a malformed answer), and no crash of the judge."""
import os


def two_sum_sorted(numbers, target):
    frame = b'{"op":"call","id":1,"ok":true,"value":' + b"[" * 100_000 + b"]" * 100_000 + b"}\n"
    for fd in range(3, 10):
        try:
            os.write(fd, frame)
        except OSError:
            pass
    os._exit(0)
