"""Writes protocol frames of its own to every descriptor that might be the protocol channel: an answer to
a request not yet sent, then its real answer. Expected: runtime_error (an answer whose id does not match
the request; the host fails closed)."""
import os


def two_sum_sorted(numbers, target):
    for fd in range(3, 10):
        try:
            os.write(fd, b'{"op":"call","id":99,"ok":true,"value":[1,2]}\n')
        except OSError:
            pass
    return [0, 0]
