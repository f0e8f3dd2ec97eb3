"""Comparing a submission's answer with the expected one, on the host.

Both answers are plain data decoded from the wire (``judge.sandbox.wire``), so
no object the submission built is ever asked whether it is equal to anything.
``mismatch`` returns ``None`` when the answer is right, else a one-line reason.
"""

from __future__ import annotations

import math
from collections import Counter

from judge.grading.relabel import renumber
from judge.packs.model import Compare
from judge.sandbox.wire import LinkedListValue, TensorValue, TreeValue

# torch.testing.assert_close's default tolerances per dtype, (rtol, atol): a difference d is accepted when
# |d| <= atol + rtol * |expected|.  Integer and bool tensors compare exactly.
TENSOR_TOLERANCES = {
    "float16": (1e-3, 1e-5),
    "bfloat16": (1.6e-2, 1e-5),
    "float32": (1.3e-6, 1e-5),
    "float64": (1e-7, 1e-7),
    "complex64": (1.3e-6, 1e-5),
    "complex128": (1e-7, 1e-7),
}

DIFFERS = "the answer differs from the expected one"  # the reason when nothing more specific is known


def _is_array(value) -> bool:
    return type(value).__name__ == "ndarray" and type(value).__module__ == "numpy"


def _kind(value) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (list, tuple)):
        return "list"
    if _is_array(value):
        return "ndarray"
    if isinstance(value, TensorValue):
        return "tensor"
    return type(value).__name__


def _arrays(expected, got, tol: Compare) -> str | None:
    import numpy as np

    if not _is_array(got):
        return f"expected a NumPy array of shape {expected.shape}, got {_kind(got)}"
    if got.shape != expected.shape:
        return f"expected shape {expected.shape}, got shape {got.shape}"
    if got.dtype.kind != expected.dtype.kind and not {got.dtype.kind, expected.dtype.kind} <= {"i", "u"}:
        return f"expected dtype {expected.dtype}, got dtype {got.dtype}"
    if expected.dtype.kind in "fc":
        close = np.isclose(got, expected, rtol=tol.rel_tol, atol=tol.abs_tol, equal_nan=True)
    else:
        close = got == expected
    if not np.all(close):
        where = tuple(int(i) for i in np.argwhere(~close)[0])
        return f"first difference at index {where}: expected {expected[where]!r}, got {got[where]!r}"
    return None


def _scalars_equal(expected, got, tol: Compare) -> bool:
    if isinstance(expected, bool) or isinstance(got, bool):
        return isinstance(expected, bool) and isinstance(got, bool) and expected == got
    if isinstance(expected, int) and isinstance(got, int):
        return expected == got
    if isinstance(expected, float) and isinstance(got, (int, float)):
        if math.isnan(expected) or math.isnan(got):
            return math.isnan(expected) and math.isnan(got)
        return math.isclose(expected, got, rel_tol=tol.rel_tol, abs_tol=tol.abs_tol)
    return False


def _tensors(expected: TensorValue, got, tol: Compare) -> str | None:
    """Why ``got`` is not ``expected``: dtype and shape exactly, values within the dtype's tolerances (or the
    problem's own), NaN where NaN is expected and infinities of the same sign where they are expected."""
    import numpy as np

    if not isinstance(got, TensorValue):
        return f"expected a tensor of shape {list(expected.shape)} and dtype {expected.dtype}, got {_kind(got)}"
    if got.dtype != expected.dtype:
        return f"expected dtype {expected.dtype}, got dtype {got.dtype}"
    if got.shape != expected.shape:
        return f"expected shape {list(expected.shape)}, got shape {list(got.shape)}"
    want, have = expected.array, got.array
    if expected.dtype in TENSOR_TOLERANCES:
        rtol, atol = TENSOR_TOLERANCES[expected.dtype] if tol.dtype_defaults else (tol.rel_tol, tol.abs_tol)
        with np.errstate(invalid="ignore", over="ignore"):
            finite = np.isfinite(want) & np.isfinite(have)
            close = np.where(finite, np.abs(have - want) <= atol + rtol * np.abs(want),
                             (have == want) | (np.isnan(want) & np.isnan(have)))
    else:
        close = have == want
    if not np.all(close):
        where = tuple(int(i) for i in np.argwhere(~close)[0])
        bad = int((~close).sum())
        return (f"first difference at index {list(where)}: expected {want[where].item()!r}, got {have[where].item()!r} "
                f"({bad} of {want.size} elements differ)")
    return None


def tensor_mismatch(expected, got, tol: Compare, path: str = "") -> str | None:
    """The first difference between two answers made of tensors, tuples, lists, dicts and scalars, with
    where it is (``grads['q_proj.weight']``, ``[1]``); None when they agree."""
    where = f"{path}: " if path else ""
    if isinstance(expected, TensorValue):
        reason = _tensors(expected, got, tol)
        return where + reason if reason else None
    if isinstance(expected, (list, tuple)):
        if not isinstance(got, (list, tuple)) or len(got) != len(expected):
            return f"{where}expected {len(expected)} values, got {_kind(got)}" + (
                f" of {len(got)}" if isinstance(got, (list, tuple)) else "")
        for i, (e, g) in enumerate(zip(expected, got)):
            reason = tensor_mismatch(e, g, tol, f"{path}[{i}]")
            if reason:
                return reason
        return None
    if isinstance(expected, dict):
        if not isinstance(got, dict) or sorted(map(repr, got)) != sorted(map(repr, expected)):
            names = sorted(map(repr, got)) if isinstance(got, dict) else _kind(got)
            return f"{where}expected the names {sorted(map(repr, expected))}, got {names}"
        for key, e in expected.items():
            reason = tensor_mismatch(e, got[key], tol, f"{path}[{key!r}]")
            if reason:
                return reason
        return None
    return None if equal(expected, got, tol) else f"{where}expected {expected!r}, got {got!r}"[:300]


def equal(expected, got, tol: Compare) -> bool:
    """Structural equality: lists and tuples alike, bool is not int, floats within tolerance."""
    if isinstance(expected, TensorValue):
        return _tensors(expected, got, tol) is None
    if _is_array(expected):
        return _arrays(expected, got, tol) is None
    if isinstance(expected, (bool, int, float)):
        return _scalars_equal(expected, got, tol)
    if isinstance(expected, (list, tuple)):
        return (isinstance(got, (list, tuple)) and len(got) == len(expected)
                and all(equal(e, g, tol) for e, g in zip(expected, got)))
    if isinstance(expected, dict):
        return (isinstance(got, dict) and got.keys() == expected.keys()
                and all(equal(v, got[k], tol) for k, v in expected.items()))
    if isinstance(expected, LinkedListValue):
        return (isinstance(got, LinkedListValue) and got.cycle_at == expected.cycle_at
                and equal(expected.values, got.values, tol))
    if isinstance(expected, TreeValue):
        return isinstance(got, TreeValue) and equal(expected.level_order, got.level_order, tol)
    return type(expected) is type(got) and expected == got


def _multiset_key(value):
    if isinstance(value, (list, tuple)):
        return ("list", tuple(_multiset_key(v) for v in value))
    return (_kind(value), repr(value))


def mismatch(expected, got, compare: Compare, checker=None, args=None) -> str | None:
    """None when ``got`` is right for ``args``; otherwise why it is not.

    ``args`` may be a function returning them: only a custom checker needs the input, and decoding a
    max-size one costs more than comparing the answer.
    """
    if compare.mode == "checker":
        try:
            verdict = checker(args() if callable(args) else args, expected, got)
        except Exception as exc:  # noqa: BLE001  (a checker tripping on a strange answer rejects it)
            return f"the answer could not be checked ({type(exc).__name__}: {exc})"
        return None if verdict is None else str(verdict)
    if compare.mode == "tensor":
        if compare.relabel is None:
            return tensor_mismatch(expected, got, compare)
        renumbered = renumber(expected, got, compare.relabel, lambda e, g: _tensors(e, g, compare) is None)
        if renumbered.reason:
            return renumbered.reason
        reason = tensor_mismatch(expected, renumbered.answer, compare)
        return f"{reason} (with the clusters renumbered as expected)" if reason and renumbered.moved else reason
    if compare.mode == "unordered":
        if not isinstance(got, (list, tuple)):
            return f"expected a list, got {_kind(got)}"
        if Counter(map(_multiset_key, expected)) != Counter(map(_multiset_key, got)):
            return "the items differ (order does not matter here)"
        return None
    if _is_array(expected):
        return _arrays(expected, got, compare)
    if equal(expected, got, compare):
        return None
    if _kind(expected) != _kind(got) and not {_kind(expected), _kind(got)} <= {"int", "float"}:
        return f"expected {_kind(expected)}, got {_kind(got)}"
    return DIFFERS
