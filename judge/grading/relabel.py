"""Tensor answers whose clusters may be numbered in any order (problem.toml ``[compare] relabel``).

A clustering is a partition of the points; which number each cluster gets is the solver's choice. Before
such an answer is compared, its clusters are renumbered the way the expected answer numbers them: the labels
fix the number of every cluster that holds a point, and a cluster that holds none is matched by its rows
(its centroid). What is left to compare, dtypes and shapes included, is then compared as any tensor answer.
NumPy only: the host never imports torch.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from judge.packs.model import Relabel
from judge.sandbox.wire import TensorValue


@dataclass(frozen=True)
class Renumbered:
    """The answer with its clusters renumbered as the expected answer numbers them (``answer``), or why no
    renumbering can make its labels the expected ones (``reason``)."""

    answer: object = None
    reason: str | None = None
    moved: bool = False  # some cluster got another number


def _fits(expected, got, relabel: Relabel) -> bool:
    """Whether ``got`` has the labels and rows where a renumbering can read them; when it has not, the plain
    comparison reports what is wrong with it (a missing item, a dtype, a shape)."""
    items = (relabel.labels, *relabel.rows)
    if not isinstance(expected, (list, tuple)) or not isinstance(got, (list, tuple)) or len(got) != len(expected):
        return False
    if max(items) >= len(expected):
        return False
    for i in items:
        e, g = expected[i], got[i]
        if not (isinstance(e, TensorValue) and isinstance(g, TensorValue) and g.dtype == e.dtype
                and g.shape == e.shape and len(e.shape) >= 1):
            return False
    labels = expected[relabel.labels]
    return len(labels.shape) == 1 and labels.array.dtype.kind in "iu" and all(
        expected[i].shape[0] == expected[relabel.rows[0]].shape[0] for i in relabel.rows)


def renumber(expected, got, relabel: Relabel, rows_equal: Callable[[TensorValue, TensorValue], bool]) -> Renumbered:
    """``got`` renumbered to match ``expected``'s clusters. ``rows_equal(expected_row, got_row)`` says whether
    two rows (of the items in ``relabel.rows``) agree; it pairs the clusters that hold no point."""
    import numpy as np

    if not _fits(expected, got, relabel):
        return Renumbered(answer=got)
    want, have = expected[relabel.labels].array.astype(np.int64), got[relabel.labels].array.astype(np.int64)
    if relabel.rows:
        k = expected[relabel.rows[0]].shape[0]
    else:
        k = int(max(want.max(initial=-1), have.max(initial=-1))) + 1
    outside = np.flatnonzero((have < 0) | (have >= k))
    if outside.size:
        i = int(outside[0])
        return Renumbered(reason=f"[{relabel.labels}]: label {int(have[i])} at index [{i}] is not a cluster "
                                 f"number in 0..{k - 1}")
    if not ((want >= 0) & (want < k)).all():  # the reference's own labels: nothing to renumber by
        return Renumbered(answer=got)
    clusters, starts = np.unique(want, return_index=True)
    first = np.full(k, -1)  # the first point of each expected cluster
    first[clusters] = starts
    forward = np.full(k, -1)  # expected cluster -> the answer's number for it (its first point's label)
    forward[clusters] = have[starts]
    split = np.flatnonzero(forward[want] != have)
    if split.size:
        i = int(split[0])
        j = int(first[want[i]])
        return Renumbered(reason=f"[{relabel.labels}]: points {j} and {i} are in one cluster in the expected "
                                 f"answer, but labelled {int(have[j])} and {int(have[i])}")
    taken = forward[forward >= 0]
    numbers, counts = np.unique(taken, return_counts=True)
    if (counts > 1).any():
        shared = int(numbers[counts > 1][0])
        a, b = (int(first[c]) for c in np.flatnonzero(forward == shared)[:2])
        return Renumbered(reason=f"[{relabel.labels}]: points {a} and {b} are in different clusters in the "
                                 f"expected answer, but both labelled {shared}")
    used = set(taken.tolist())
    free = [g for g in range(k) if g not in used]
    for c in np.flatnonzero(forward < 0).tolist():  # clusters without a point: paired by their rows
        same = [g for g in free if all(rows_equal(TensorValue(expected[i].dtype, expected[i].array[c]),
                                                  TensorValue(got[i].dtype, got[i].array[g])) for i in relabel.rows)]
        forward[c] = (same or free)[0]
        free.remove(int(forward[c]))
    backward = np.empty(k, dtype=np.int64)
    backward[forward] = np.arange(k)
    answer = list(got)
    answer[relabel.labels] = TensorValue(got[relabel.labels].dtype,
                                         backward[have].astype(got[relabel.labels].array.dtype))
    for i in relabel.rows:
        answer[i] = TensorValue(got[i].dtype, got[i].array[forward])
    return Renumbered(answer=type(got)(answer), moved=bool((forward != np.arange(k)).any()))
