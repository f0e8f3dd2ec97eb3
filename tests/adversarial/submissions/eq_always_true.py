"""Returns an object whose __eq__ always says True (the trick that fooled Codewars and nbgrader).
Expected: runtime_error (only plain data crosses the boundary; this object cannot)."""


class Anything:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = object.__hash__


def two_sum_sorted(numbers, target):
    return Anything()
