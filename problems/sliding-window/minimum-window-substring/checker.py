"""Checker for minimum-window-substring: any shortest window of s that covers t is accepted."""

from collections import Counter


def check(args, expected, got):
    s, t = args
    if not isinstance(got, str):
        return f"expected a string, got {type(got).__name__}"
    if expected == "":
        return None if got == "" else f"no window of s covers t, so the answer is \"\", got a string of length {len(got)}"
    if got == "":
        return f"returned \"\" but a window of length {len(expected)} covers t"
    if len(got) != len(expected):
        return f"the window has length {len(got)}, but the shortest window covering t has length {len(expected)}"
    if got not in s:
        return "the returned string is not a substring of s"
    have = Counter(got)
    for c, k in Counter(t).items():
        if have[c] < k:
            return f"the window holds {c!r} {have[c]} times, but t needs it {k} times"
    return None
