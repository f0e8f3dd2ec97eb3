"""LeetCode 303's call rules: 1 <= len(nums) <= 10_000, values within +-100_000, ranges inside nums."""

from judge.packs.constraints import script_calls


def check(args):
    calls, wrong = script_calls(args, {"NumArray": 1, "sumRange": 2})
    if wrong:
        return wrong
    (nums,) = calls[0][1]
    if not isinstance(nums, list) or not 1 <= len(nums) <= 10_000:
        return "arguments[0]: nums must be a list of 1 to 10_000 numbers"
    bad = next((x for x in nums if type(x) is not int or not -100_000 <= x <= 100_000), None)
    if bad is not None:
        return f"arguments[0]: nums holds {bad!r}, outside -100_000..100_000"
    for i, (_, (left, right)) in enumerate(calls[1:], 1):
        if not (type(left) is int and type(right) is int and 0 <= left <= right < len(nums)):
            return f"arguments[{i}]: sumRange({left!r}, {right!r}) is not 0 <= left <= right < {len(nums)}"
    return None
