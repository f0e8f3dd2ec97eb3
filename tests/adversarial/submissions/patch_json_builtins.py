"""Patches the json module the runner answers with, so every answer claims [1, 2] for the request's own id,
and patches builtins a judge running in the same process might lean on (sorted, min, max, print; len
too would break the runner's own request parsing, which only ends the run sooner).
Expected: wrong_answer — a patched runner can only claim a return value, and the host compares the
claim with an answer it computed itself ([1, 2] is right for the first hidden case only)."""
import builtins
import json

_dumps = json.dumps


def _claim(obj, *args, **kwargs):
    if type(obj) is dict and obj.get("op") == "call":
        obj = {"op": "call", "id": obj.get("id"), "ok": True, "value": [1, 2], "stdout": "", "stdout_chars": 0}
    return _dumps(obj, *args, **kwargs)


json.dumps = _claim
builtins.min = builtins.max = lambda *args, **kwargs: 0
builtins.sorted = lambda iterable, *args, **kwargs: list(iterable)
builtins.print = lambda *args, **kwargs: None


def two_sum_sorted(numbers, target):
    return [0, 0]
