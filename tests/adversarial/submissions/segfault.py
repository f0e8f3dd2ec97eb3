"""Crashes the interpreter: reads address 0 through ctypes. Expected: runtime_error (killed by SIGSEGV)."""
import ctypes


def two_sum_sorted(numbers, target):
    ctypes.string_at(0)
    return [1, 2]
