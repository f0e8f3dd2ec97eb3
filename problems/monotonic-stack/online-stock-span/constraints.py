"""LeetCode 901's call rules: prices in 1..100_000 (problem.toml caps the calls at 10_000)."""

from judge.packs.constraints import script_calls


def check(args):
    calls, wrong = script_calls(args, {"StockSpanner": 0, "next": 1})
    if wrong:
        return wrong
    for i, (_, call) in enumerate(calls[1:], 1):
        if type(call[0]) is not int or not 1 <= call[0] <= 100_000:
            return f"arguments[{i}]: next({call[0]!r}) is outside 1..100_000"
    return None
