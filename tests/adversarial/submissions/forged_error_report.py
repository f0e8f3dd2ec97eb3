"""Forges an error report whose fields have the wrong shapes (an unhashable kind, a dict for a traceback).
Expected: runtime_error (a malformed report), and no crash of the judge."""
import os


def two_sum_sorted(numbers, target):
    frame = b'{"op":"call","id":1,"ok":false,"error":{"kind":["runtime_error"],"traceback":{"a":1}}}\n'
    for fd in range(3, 10):
        try:
            os.write(fd, frame)
        except OSError:
            pass
    os._exit(0)
