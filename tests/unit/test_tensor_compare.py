"""Comparing tensor answers on the host: dtype and shape exactly, assert_close's tolerances per dtype."""

import numpy as np
import pytest

from judge.grading.checkers import TENSOR_TOLERANCES, mismatch
from judge.packs.model import Compare
from judge.sandbox.wire import tensor

BY_DTYPE = Compare(mode="tensor", dtype_defaults=True)


@pytest.mark.parametrize("dtype", ["float32", "float64"])  # half precision: the next test
def test_each_float_dtype_gets_its_own_tolerance(dtype):
    rtol, atol = TENSOR_TOLERANCES[dtype]
    expected = tensor([1.0, 100.0], "float64").array
    inside = expected + 0.5 * (atol + rtol * expected)
    outside = expected + 3 * (atol + rtol * expected)
    exp = tensor(expected, dtype)
    assert mismatch(exp, tensor(inside, dtype), BY_DTYPE) is None
    assert "first difference at index [0]" in mismatch(exp, tensor(outside, dtype), BY_DTYPE)


def test_half_precision_is_judged_more_loosely_than_single():
    expected, got = [1.0], [1.0 + 2**-10]  # one float16 step above 1
    assert mismatch(tensor(expected, "float16"), tensor(got, "float16"), BY_DTYPE) is None
    assert mismatch(tensor(expected, "float32"), tensor(got, "float32"), BY_DTYPE) is not None
    assert mismatch(tensor([1.0], "bfloat16"), tensor([1.0 + 2**-7], "bfloat16"), BY_DTYPE) is None
    assert mismatch(tensor([1.0], "bfloat16"), tensor([1.0 + 2**-5], "bfloat16"), BY_DTYPE) is not None


def test_dtype_and_shape_are_exact():
    assert mismatch(tensor([1.0]), tensor([1.0], "float64"), BY_DTYPE) == "expected dtype float32, got dtype float64"
    assert mismatch(tensor([[1.0]]), tensor([1.0]), BY_DTYPE) == "expected shape [1, 1], got shape [1]"
    assert "expected a tensor" in mismatch(tensor([1.0]), [1.0], BY_DTYPE)


def test_nan_and_infinities_are_deliberate():
    nan, inf = float("nan"), float("inf")
    assert mismatch(tensor([nan, inf, -inf]), tensor([nan, inf, -inf]), BY_DTYPE) is None
    assert mismatch(tensor([0.0]), tensor([nan]), BY_DTYPE) is not None
    assert mismatch(tensor([nan]), tensor([0.0]), BY_DTYPE) is not None
    assert mismatch(tensor([inf]), tensor([-inf]), BY_DTYPE) is not None
    assert mismatch(tensor([inf]), tensor([3e38]), BY_DTYPE) is not None


def test_integer_tensors_compare_exactly():
    assert mismatch(tensor([2**40], "int64"), tensor([2**40 + 1], "int64"), BY_DTYPE) is not None


def test_a_problem_may_set_its_own_tolerance():
    loose = Compare(mode="tensor", rel_tol=1e-2, abs_tol=0.0)
    assert mismatch(tensor([1.0]), tensor([1.005]), loose) is None
    assert mismatch(tensor([1.0]), tensor([1.005]), BY_DTYPE) is not None


def test_the_reason_names_where_in_a_module_answer_the_difference_is():
    grads = {"q_proj.weight": tensor(np.zeros((2, 2))), "q_proj.bias": tensor([0.0, 0.0])}
    expected = (tensor([1.0]), grads, {})
    wrong = (tensor([1.0]), {**grads, "q_proj.bias": tensor([0.0, 1.0])}, {})
    assert mismatch(expected, wrong, BY_DTYPE).startswith("[1]['q_proj.bias']: first difference at index [1]")
    renamed = (tensor([1.0]), {"weight": grads["q_proj.weight"], "q_proj.bias": grads["q_proj.bias"]}, {})
    assert "expected the names" in mismatch(expected, renamed, BY_DTYPE)
    assert mismatch(expected, expected, BY_DTYPE) is None
