"""Scalars that lie: an int subclass equal to everything, and True where 1 is expected (True == 1 in
Python). bool itself cannot be subclassed (the attempt is checked). The answer is right in every way but
the type of one item. Expected: wrong_answer — values cross as plain data, and to the host's comparison
a bool is not an int."""

try:
    class Truthy(bool):
        pass
except TypeError:
    Truthy = None


class Agreeable(int):
    def __eq__(self, other):
        return True

    __hash__ = int.__hash__


def two_sum_sorted(numbers, target):
    assert Truthy is None
    lo, hi = 0, len(numbers) - 1
    while numbers[lo] + numbers[hi] != target:
        if numbers[lo] + numbers[hi] < target:
            lo += 1
        else:
            hi -= 1
    return [True if lo == 0 else Agreeable(lo + 1), Agreeable(hi + 1)]
