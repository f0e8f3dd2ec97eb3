"""LeetCode 295's call rules: numbers within +-100_000, and a median is asked for only when one exists."""

from judge.packs.constraints import script_calls


def check(args):
    calls, wrong = script_calls(args, {"MedianFinder": 0, "addNum": 1, "findMedian": 0})
    if wrong:
        return wrong
    added = 0
    for i, (name, call) in enumerate(calls):
        if name == "addNum":
            if type(call[0]) is not int or not -100_000 <= call[0] <= 100_000:
                return f"arguments[{i}]: addNum({call[0]!r}) is outside -100_000..100_000"
            added += 1
        elif name == "findMedian" and not added:
            return f"operations[{i}]: findMedian before any addNum; LeetCode never asks for an empty median"
    return None
