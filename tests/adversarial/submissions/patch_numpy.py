"""Patches NumPy in the sandbox so that every comparison it offers says "equal", then returns a wrong
array. Expected: wrong_answer (the host decodes the array's bytes and compares them with its own NumPy,
which the submission cannot reach)."""
import numpy

numpy.array_equal = lambda *args, **kwargs: True
numpy.allclose = lambda *args, **kwargs: True
numpy.isclose = lambda a, b, *args, **kwargs: numpy.ones(numpy.shape(a), dtype=bool)
numpy.testing.assert_array_equal = lambda *args, **kwargs: None
try:
    numpy.ndarray.__eq__ = lambda self, other: True
except TypeError:
    pass  # a built-in type: cannot be patched


def two_sum_sorted(numbers, target):
    return numpy.array([0, 0])
