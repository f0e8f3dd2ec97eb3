"""Returns a value far larger than any answer: a 200 MB string. Expected: memory_limit or output_limit,
with the judge's memory bounded."""


def two_sum_sorted(numbers, target):
    return "x" * (200 << 20)
