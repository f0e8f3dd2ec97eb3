"""Loading solutions the LeetCode way: the prelude, entry resolution, design scripts."""

import pytest

from judge.sandbox import submission, wire

NODES = {"ListNode": wire.ListNode, "TreeNode": wire.TreeNode}


def load(source):
    return submission.load_namespace(submission.compile_source(source), NODES)


def test_solution_method_wins_over_a_prelude_name():
    # `from heapq import *` defines `merge`; LeetCode 56's method is `merge` too.
    ns = load("class Solution:\n    def merge(self, intervals: List[List[int]]):\n        return intervals[:1]\n")
    entry = submission.resolve_entry(ns, "merge_intervals", ["merge"])
    assert entry([[1, 2], [3, 4]]) == [[1, 2]]


def test_top_level_function_and_alias():
    ns = load("def twoSum(numbers, target):\n    return [1, 2]\n")
    assert submission.resolve_entry(ns, "two_sum_sorted", ["twoSum"])([1, 2], 3) == [1, 2]


def test_missing_entry_says_what_to_define():
    with pytest.raises(submission.EntryNotFound, match="def two_sum_sorted"):
        submission.resolve_entry(load("x = 1\n"), "two_sum_sorted", ["twoSum"])


def test_design_answers_are_snapshots():
    ns = load("class Log:\n    def __init__(self):\n        self.items = []\n"
              "    def add(self, x):\n        self.items.append(x)\n        return self.items\n")
    cls = submission.resolve_entry(ns, "Log", kind="design")
    assert submission.invoke(cls, [["Log", "add", "add"], [[], [1], [2]]], kind="design") == [None, [1], [1, 2]]


def test_in_place_answers_return_the_argument():
    ns = load("def rev(nums):\n    nums.reverse()\n")
    fn = submission.resolve_entry(ns, "rev")
    assert submission.invoke(fn, [[1, 2, 3]], returns_arg=0) == [3, 2, 1]


def test_a_harness_builds_the_arguments_the_entry_receives():
    # harness.py turns data (a seed, a size) into an object the wire cannot carry; the entry sees only the object.
    ns = load("def count_calls(counter, times):\n    return [counter() for _ in range(times)][-1]\n")
    entry = submission.resolve_entry(ns, "count_calls")

    def build(args):
        start, times = args
        state = {"n": start}

        def counter():
            state["n"] += 1
            return state["n"]

        return [counter, times]

    wrapped = submission.with_harness(entry, build)
    assert submission.invoke(wrapped, [10, 3]) == 13
    assert submission.invoke(wrapped, [0, 1]) == 1  # built afresh for every call
