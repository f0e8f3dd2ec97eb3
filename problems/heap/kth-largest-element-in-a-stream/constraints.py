"""LeetCode 703's call rules: 0 <= len(nums) <= 10_000, 1 <= k <= len(nums) + 1, values within +-10_000."""

from judge.packs.constraints import script_calls


def _value(x) -> bool:
    return type(x) is int and -10_000 <= x <= 10_000


def check(args):
    calls, wrong = script_calls(args, {"KthLargest": 2, "add": 1})
    if wrong:
        return wrong
    k, nums = calls[0][1]
    if not isinstance(nums, list) or len(nums) > 10_000:
        return "arguments[0]: nums must be a list of at most 10_000 numbers"
    if type(k) is not int or not 1 <= k <= len(nums) + 1:
        return f"arguments[0]: k = {k!r} is outside 1..len(nums) + 1 = {len(nums) + 1}"
    bad = next((x for x in nums if not _value(x)), None)
    if bad is not None:
        return f"arguments[0]: nums holds {bad!r}, outside -10_000..10_000"
    for i, (_, call) in enumerate(calls[1:], 1):
        if not _value(call[0]):
            return f"arguments[{i}]: add({call[0]!r}) is outside -10_000..10_000"
    return None
