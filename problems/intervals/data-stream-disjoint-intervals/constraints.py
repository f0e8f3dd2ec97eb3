"""LeetCode 352's call rules: values in 0..10_000, at most 30_000 calls, at most 100 of them getIntervals."""

from judge.packs.constraints import script_calls


def check(args):
    calls, wrong = script_calls(args, {"SummaryRanges": 0, "addNum": 1, "getIntervals": 0})
    if wrong:
        return wrong
    for i, (name, call) in enumerate(calls):
        if name == "addNum" and (type(call[0]) is not int or not 0 <= call[0] <= 10_000):
            return f"arguments[{i}]: addNum({call[0]!r}) is outside 0..10_000"
    asked = sum(name == "getIntervals" for name, _ in calls)
    if asked > 100:
        return f"operations: {asked} getIntervals calls; LeetCode makes at most 100"
    return None
