"""Forges the most expensive answer the value cap still admits: just under a million short strings in
14 MB. Expected: wrong_answer (it is a well-formed answer), with the judge's memory bounded."""
import os


def two_sum_sorted(numbers, target):
    frame = b'{"op":"call","id":1,"ok":true,"value":[' + b'"abcdefghijk",' * 999_000 + b'"a"]}\n'
    for fd in range(3, 10):
        try:
            os.write(fd, frame)
        except OSError:
            pass
    os._exit(0)
