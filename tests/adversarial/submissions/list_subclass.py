"""Returns a list subclass that claims equality with everything. Expected: wrong_answer (it crosses as its
plain items, and those are compared)."""


class Agreeable(list):
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = None


def two_sum_sorted(numbers, target):
    return Agreeable([0, 0])
