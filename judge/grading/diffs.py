"""Where a wrong answer differs from the expected one, computed on the host from decoded values.

``answer_diff`` walks both answers together down to the first difference: through lists (the path,
``[3][1]``), dict keys, a tree's level order and a linked list's values, and stops at the innermost
sequence that differs (its first differing index and a window of items around it in both), at a string
(a window around the first differing character), or at a number (for floats, the absolute and relative
error against the problem's tolerances).  Nothing here runs the submission's code: both answers are plain
data from ``judge.sandbox.wire``.  Text it holds may come from the submission: renderers pass it through
``judge.safe_text.visible``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

from judge.grading.checkers import equal
from judge.packs.model import Compare, show
from judge.sandbox.wire import LinkedListValue, TreeValue

WINDOW = 3  # items (or, for strings, 12 characters) shown each side of the first difference
STRING_WINDOW = 12
ITEM_CHARS = 40  # one item of a window, shown at most this long


class DiffKind(str, Enum):
    SEQUENCE = "sequence"  # a list (or a tree's level order, a linked list) differs first at ``index``
    STRING = "string"  # a string differs first at character ``index``
    NUMBER = "number"  # two numbers differ; floats carry their errors and the tolerances
    TYPE = "type"  # different kinds of value at ``path``
    KEYS = "keys"  # two dicts with different keys


@dataclass(frozen=True)
class AnswerDiff:
    """The first difference between the expected answer and the one given (``diff`` in --json)."""

    kind: DiffKind
    path: str  # where in the answer, as subscripts: "" is the answer itself, "[3][1]" the second item of the fourth
    index: int | None = None  # SEQUENCE, STRING: the first differing position at ``path``
    expected_length: int | None = None
    got_length: int | None = None
    expected_window: str | None = None  # SEQUENCE, STRING: the part around ``index`` of each, as text
    got_window: str | None = None
    expected_caret: int | None = None  # where in each window the difference starts (a character offset)
    got_caret: int | None = None
    expected: str | None = None  # NUMBER, TYPE, KEYS: the two values (or kinds, or key sets) shown
    got: str | None = None
    abs_error: float | None = None  # NUMBER with a float: |got - expected|, and that over |expected|
    rel_error: float | None = None
    abs_tol: float | None = None
    rel_tol: float | None = None

    @classmethod
    def from_json(cls, data: dict) -> AnswerDiff:
        """The diff ``asdict`` made (a report sent by the service); keys it does not know are dropped."""
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**{**known, "kind": DiffKind(known["kind"])})


def answer_diff(expected, got, compare: Compare) -> AnswerDiff | None:
    """The first difference of two decoded answers; None when they are equal or order does not matter
    (``unordered``, ``checker`` and relabelled problems decide rightness otherwise)."""
    if compare.mode in ("unordered", "checker") or compare.relabel is not None or equal(expected, got, compare):
        return None
    found = _diff(_plain(expected), _plain(got), "", compare)
    return None if found.kind is DiffKind.TYPE and not found.path else found  # the verdict's reason says it


def _plain(value):
    """NumPy arrays as nested lists, so they are walked like any other sequence."""
    if type(value).__module__ == "numpy" and hasattr(value, "tolist"):
        return value.tolist()
    return value


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _kind(value) -> str:
    return "list" if isinstance(value, (list, tuple)) else type(value).__name__


def _diff(expected, got, path: str, compare: Compare) -> AnswerDiff:
    if isinstance(expected, TreeValue) and isinstance(got, TreeValue):
        return _diff(list(expected.level_order), list(got.level_order), f"{path} level order".strip(), compare)
    if isinstance(expected, LinkedListValue) and isinstance(got, LinkedListValue):
        if expected.values == got.values or equal(expected.values, got.values, compare):
            return AnswerDiff(DiffKind.NUMBER, f"{path} cycle (the index the tail links to)".strip(),
                              expected=str(expected.cycle_at),
                              got=str(got.cycle_at))
        return _diff(list(expected.values), list(got.values), path, compare)
    if isinstance(expected, (list, tuple)) and isinstance(got, (list, tuple)):
        return _sequence(expected, got, path, compare)
    if isinstance(expected, str) and isinstance(got, str):
        return _string(expected, got, path)
    if isinstance(expected, dict) and isinstance(got, dict):
        if expected.keys() != got.keys():
            return AnswerDiff(DiffKind.KEYS, path, expected=show(sorted(expected, key=repr), ITEM_CHARS * 3),
                              got=show(sorted(got, key=repr), ITEM_CHARS * 3))
        key = next(k for k in expected if not equal(expected[k], got[k], compare))
        return _diff(expected[key], got[key], f"{path}[{key!r}]", compare)
    if _is_number(expected) and _is_number(got):
        return _number(expected, got, path, compare)
    if _kind(expected) != _kind(got):
        return AnswerDiff(DiffKind.TYPE, path, expected=_kind(expected), got=_kind(got))
    return AnswerDiff(DiffKind.NUMBER, path, expected=show(expected, ITEM_CHARS), got=show(got, ITEM_CHARS))


def _number(expected, got, path: str, compare: Compare) -> AnswerDiff:
    if not (isinstance(expected, float) or isinstance(got, float)) or math.isnan(expected) or math.isnan(got):
        return AnswerDiff(DiffKind.NUMBER, path, expected=repr(expected), got=repr(got))
    error = abs(got - expected)
    relative = error / abs(expected) if expected else (math.inf if error else 0.0)
    return AnswerDiff(DiffKind.NUMBER, path, expected=repr(expected), got=repr(got), abs_error=error,
                      rel_error=relative, abs_tol=compare.abs_tol, rel_tol=compare.rel_tol)


def _first_difference(expected, got, compare: Compare) -> int:
    for i, (e, g) in enumerate(zip(expected, got)):
        if not equal(e, g, compare):
            return i
    return min(len(expected), len(got))


def _descends(expected, got) -> bool:
    """Whether the difference is shown inside the two items rather than as items of their list."""
    both = (expected, got)
    return (all(isinstance(v, (list, tuple)) for v in both) or all(isinstance(v, str) for v in both)
            or all(isinstance(v, dict) for v in both) or all(isinstance(v, TreeValue) for v in both)
            or all(isinstance(v, LinkedListValue) for v in both))


def _sequence(expected, got, path: str, compare: Compare) -> AnswerDiff:
    index = _first_difference(expected, got, compare)
    if index < len(expected) and index < len(got) and _descends(expected[index], got[index]):
        return _diff(expected[index], got[index], f"{path}[{index}]", compare)
    start = max(0, index - WINDOW)
    expected_window, expected_caret = _items_window(expected, start, index)
    got_window, got_caret = _items_window(got, start, index)
    number = None
    if index < len(expected) and index < len(got) and _is_number(expected[index]) and _is_number(got[index]):
        number = _number(expected[index], got[index], path, compare)
    return AnswerDiff(DiffKind.SEQUENCE, path, index=index, expected_length=len(expected), got_length=len(got),
                      expected_window=expected_window, got_window=got_window, expected_caret=expected_caret,
                      got_caret=got_caret, abs_error=number.abs_error if number else None,
                      rel_error=number.rel_error if number else None, abs_tol=number.abs_tol if number else None,
                      rel_tol=number.rel_tol if number else None)


def _items_window(items, start: int, index: int) -> tuple[str, int]:
    """``items[start:index + WINDOW + 1]`` as list text ("..." marks items left out), and where item ``index``
    starts in it (the closing bracket when the list has no item ``index``)."""
    end = min(len(items), index + WINDOW + 1)
    shown = [show(item, ITEM_CHARS) for item in items[start:end]]
    head = "[" + ("..., " if start > 0 else "")
    before = shown[: index - start]
    caret = len(head) + sum(len(s) + 2 for s in before)
    if index >= len(items) and before:  # nothing at index: point at the closing bracket
        caret -= 2
    tail = ", ..." if end < len(items) else ""
    return head + ", ".join(shown) + tail + "]", caret


def _string(expected: str, got: str, path: str) -> AnswerDiff:
    index = next((i for i, (a, b) in enumerate(zip(expected, got)) if a != b), min(len(expected), len(got)))
    start = max(0, index - STRING_WINDOW)

    def window(text: str) -> tuple[str, int]:
        head = "..." if start > 0 else ""
        end = index + STRING_WINDOW + 1
        return head + text[start:end] + ("..." if end < len(text) else ""), len(head) + index - start

    expected_window, expected_caret = window(expected)
    got_window, got_caret = window(got)
    return AnswerDiff(DiffKind.STRING, path, index=index, expected_length=len(expected), got_length=len(got),
                      expected_window=expected_window, got_window=got_window, expected_caret=expected_caret,
                      got_caret=got_caret)
