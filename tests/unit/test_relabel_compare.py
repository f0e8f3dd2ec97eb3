"""Cluster answers compared up to a renumbering of the clusters ([compare] relabel), on the host with NumPy."""

import shutil
from pathlib import Path

import numpy as np
import pytest

from judge.errors import PackError
from judge.grading.checkers import mismatch
from judge.grading.diffs import answer_diff
from judge.packs.loader import find_problem, load_problem
from judge.packs.model import Compare, Relabel
from judge.sandbox.wire import tensor

CLUSTERS = Compare(mode="tensor", dtype_defaults=True, relabel=Relabel(labels=1, rows=(0,)))
CENTROIDS = [[0.0, 0.0], [5.0, 5.0], [9.0, 0.0]]
LABELS = [0, 0, 1, 2, 1]


def answer(centroids, labels, dtype="int64"):
    return (tensor(centroids, "float64"), tensor(labels, dtype))


def permuted(order):
    """The expected answer with cluster c renumbered order[c]."""
    centroids = np.empty((3, 2))
    centroids[order] = CENTROIDS
    return answer(centroids, [order[c] for c in LABELS])


EXPECTED = answer(CENTROIDS, LABELS)


@pytest.mark.parametrize("order", [[0, 1, 2], [2, 0, 1], [1, 0, 2], [2, 1, 0]])
def test_any_renumbering_of_the_clusters_is_accepted(order):
    assert mismatch(EXPECTED, permuted(order), CLUSTERS) is None


def test_without_relabel_a_renumbering_is_wrong():
    assert mismatch(EXPECTED, permuted([1, 0, 2]), Compare(mode="tensor", dtype_defaults=True)) is not None


def test_a_different_partition_is_rejected_naming_the_points():
    split = answer(CENTROIDS, [0, 1, 1, 2, 1])  # points 0 and 1 belong together
    assert mismatch(EXPECTED, split, CLUSTERS) == (
        "[1]: points 0 and 1 are in one cluster in the expected answer, but labelled 0 and 1")
    merged = answer(CENTROIDS, [0, 0, 2, 2, 2])  # points 2 and 3 belong apart
    assert mismatch(EXPECTED, merged, CLUSTERS) == (
        "[1]: points 2 and 3 are in different clusters in the expected answer, but both labelled 2")


def test_the_centroids_must_follow_their_labels():
    labels_moved_only = answer(CENTROIDS, [1, 1, 0, 2, 0])  # renumbered labels, centroids left in place
    reason = mismatch(EXPECTED, labels_moved_only, CLUSTERS)
    assert reason.startswith("[0]: first difference at index [0, 0]")
    assert reason.endswith("(with the clusters renumbered as expected)")
    off = permuted([2, 0, 1])
    off[0].array[0, 1] += 1e-3
    assert "[0]: first difference" in mismatch(EXPECTED, off, CLUSTERS)


def test_an_empty_cluster_is_matched_by_its_centroid():
    expected = answer([[0.0], [7.0], [3.0]], [0, 0, 2])  # cluster 1 holds no point
    assert mismatch(expected, answer([[3.0], [0.0], [7.0]], [1, 1, 0]), CLUSTERS) is None
    assert mismatch(expected, answer([[3.0], [0.0], [8.0]], [1, 1, 0]), CLUSTERS) is not None


def test_two_empty_clusters_pair_with_their_own_centroids():
    expected = answer([[0.0], [7.0], [9.0]], [0, 0])
    assert mismatch(expected, answer([[9.0], [7.0], [0.0]], [2, 2]), CLUSTERS) is None


def test_shapes_and_dtypes_are_still_checked():
    assert mismatch(EXPECTED, answer(CENTROIDS, LABELS, "int32"), CLUSTERS) == (
        "[1]: expected dtype int64, got dtype int32")
    assert mismatch(EXPECTED, answer(CENTROIDS, LABELS[:4]), CLUSTERS) == "[1]: expected shape [5], got shape [4]"
    assert mismatch(EXPECTED, (tensor(CENTROIDS, "float32"), EXPECTED[1]), CLUSTERS) == (
        "[0]: expected dtype float64, got dtype float32")
    assert mismatch(EXPECTED, (EXPECTED[0],), CLUSTERS) == "expected 2 values, got list of 1"
    assert "expected a tensor" in mismatch(EXPECTED, (EXPECTED[0], LABELS), CLUSTERS)


def test_a_label_outside_the_clusters_is_refused():
    assert mismatch(EXPECTED, answer(CENTROIDS, [0, 0, 1, 3, 1]), CLUSTERS) == (
        "[1]: label 3 at index [3] is not a cluster number in 0..2")
    assert mismatch(EXPECTED, answer(CENTROIDS, [0, 0, 1, -1, 1]), CLUSTERS) is not None


def test_no_diff_is_drawn_from_the_raw_numbering():
    assert answer_diff(EXPECTED, permuted([1, 0, 2]), CLUSTERS) is None


def test_kmeans_compares_up_to_renumbering():
    compare = find_problem("kmeans-lloyd").compare
    assert compare.mode == "tensor" and compare.relabel == Relabel(labels=1, rows=(0,))


@pytest.fixture
def kmeans_copy(tmp_path):
    target = tmp_path / "kmeans-lloyd"
    shutil.copytree(Path(find_problem("kmeans-lloyd").directory), target)
    return target


@pytest.mark.parametrize("compare, said", [
    ('mode = "exact"\nrelabel = { labels = 1 }', 'needs mode = "tensor"'),
    ('mode = "tensor"\nrelabel = { labels = -1 }', "`compare.relabel.labels` must be an answer position"),
    ('mode = "tensor"\nrelabel = { labels = 1, rows = [1] }', "`compare.relabel.rows` must be a list"),
    ('mode = "tensor"\nrelabel = { labels = 1, centroids = [0] }', "`compare.relabel.centroids` is unknown"),
])
def test_mistakes_in_relabel_are_named(kmeans_copy, compare, said):
    toml = kmeans_copy / "problem.toml"
    text = toml.read_text()
    start = text.index("[compare]\n") + len("[compare]\n")
    end = text.index("\n[", start)
    toml.write_text(text[:start] + compare + "\n" + text[end:])
    with pytest.raises(PackError, match=said.replace("[", r"\[")):
        load_problem(kmeans_copy)
