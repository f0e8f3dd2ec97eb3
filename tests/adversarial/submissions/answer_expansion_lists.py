"""Forges an answer under the byte cap that would parse into millions of objects: 15 MB of "[]," is
5 million lists (800 MB in the host, measured before the cap). Expected: output_limit, with the judge's
memory bounded."""
import os


def two_sum_sorted(numbers, target):
    frame = b'{"op":"call","id":1,"ok":true,"value":[' + b"[]," * (5 << 20) + b'[]]}\n'
    for fd in range(3, 10):
        try:
            os.write(fd, frame)
        except OSError:
            pass
    os._exit(0)
