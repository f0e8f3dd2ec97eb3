"""Invalid UTF-8 on stdout and stderr, and lone surrogates in printed text and in an exception message.
Expected: wrong_answer; everything shown to the user is valid text (printing or storing it must not fail)."""
import os
import sys


def two_sum_sorted(numbers, target):
    os.write(1, b"\xff\xfe\xc3\x28 not utf-8 \x80\n")
    os.write(2, b"\xed\xa0\x80 encoded surrogate \xf8\x88\x80\x80\x80\n")
    print("lone surrogates: \udcff \ud800")
    sys.stdout.write("\udfff\n")
    return [0, 0]
