"""Answer comparison on the host."""

import numpy as np

from judge.grading.checkers import mismatch
from judge.packs.model import Compare
from judge.sandbox.wire import TreeValue

EXACT = Compare()


def test_lists_and_tuples_compare_alike():
    assert mismatch([1, 2], (1, 2), EXACT) is None


def test_bool_is_not_int():
    assert mismatch(True, 1, EXACT) is not None
    assert mismatch(1, True, EXACT) is not None
    assert mismatch(False, False, EXACT) is None


def test_int_expected_float_given_is_wrong_but_float_expected_int_given_is_close():
    assert mismatch(3, 3.0, EXACT) is not None
    assert mismatch(2.0, 2, EXACT) is None
    assert mismatch(0.1 + 0.2, 0.3, EXACT) is None


def test_nested_structures_and_trees():
    assert mismatch([[1, 2], [3]], [[1, 2], [4]], EXACT) is not None
    assert mismatch(TreeValue((1, None, 2)), TreeValue((1, None, 2)), EXACT) is None
    assert mismatch(TreeValue((1, None, 2)), [1, None, 2], EXACT) is not None


def test_unordered_is_a_multiset_comparison():
    unordered = Compare(mode="unordered")
    assert mismatch([[1, 2], [3]], [[3], [1, 2]], unordered) is None
    assert mismatch([1, 1, 2], [1, 2, 2], unordered) is not None
    assert mismatch([1], "1", unordered) is not None


def test_arrays_check_shape_dtype_and_tolerance():
    tol = Compare(mode="float", rel_tol=1e-6, abs_tol=1e-6)
    expected = np.array([[0.0, 1.0], [2.0, 3.0]])
    assert mismatch(expected, expected + 1e-9, tol) is None
    assert "shape" in mismatch(expected, expected.T.reshape(4), tol)
    assert "dtype" in mismatch(expected, expected.astype(np.int64), tol)
    assert "index (1, 1)" in mismatch(expected, expected + np.array([[0, 0], [0, 1]]), tol)
    assert "NumPy array" in mismatch(expected, [[0.0, 1.0], [2.0, 3.0]], tol)


def test_checker_decides_and_its_crash_rejects():
    def check(args, expected, got):
        return None if sorted(got) == [0, 1] else "not a permutation"

    mode = Compare(mode="checker")
    assert mismatch(None, [1, 0], mode, check, [2]) is None
    assert mismatch(None, [1, 1], mode, check, [2]) == "not a permutation"
    assert "could not be checked" in mismatch(None, 5, mode, check, [2])
