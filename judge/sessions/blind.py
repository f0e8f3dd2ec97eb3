"""Blind sessions: failing inputs of hidden tests stay hidden until the session ends, as in an interview.

What is withheld while the session is open: the input, expected answer, the
answer given and the printed output of a failing hidden case and of a
property-test counterexample (and where the answer differs), and then the stderr tail too (it may echo them).  The
verdict, the pass count, the edge-case tags and the exception type and line
stay visible.  Failures on the visible examples are shown as always.  The
store keeps the whole report, and `judge end` reveals it.
"""

from __future__ import annotations

import copy
import dataclasses
import json

WITHHELD_TEXT = "(withheld until `judge end`: blind session)"
_HIDDEN_FIELDS = ("input", "expected", "got", "stdout", "diff")


def _hidden(case) -> bool:
    source = case.get("source") if isinstance(case, dict) else case.source
    return source != "example"


def withhold_json(report: dict) -> dict:
    """A copy of a report's JSON with the hidden failing inputs set to null and ``withheld: true``."""
    data = copy.deepcopy(report)
    withheld = False
    for key in ("failing_case", "counterexample"):
        case = data.get(key)
        if case and _hidden(case):
            for name in _HIDDEN_FIELDS:
                case[name] = None
            withheld = True
    if withheld:
        data["stderr_tail"] = ""
    data["withheld"] = withheld
    return data


def withhold_report(report):
    """A copy of a grading Report whose hidden failing inputs read WITHHELD_TEXT, for the terminal."""
    changes = {}
    for key in ("failing_case", "counterexample"):
        case = getattr(report, key)
        if case is not None and _hidden(case):
            changes[key] = dataclasses.replace(case, input=WITHHELD_TEXT, expected=None, got=None, stdout="",
                                                diff=None)
    if changes:
        changes["stderr_tail"] = ""
    return dataclasses.replace(report, **changes)


def revealed_cases(submissions) -> list[dict]:
    """The failing cases a blind session withheld, from its submission rows (with their report JSON)."""
    out = []
    for row in submissions:
        report = json.loads(row["report"])
        for key in ("failing_case", "counterexample"):
            case = report.get(key)
            if case and _hidden(case):
                out.append({"submission_id": row["id"], "problem": row["problem"], "verdict": row["verdict"],
                            "kind": key, **{k: case.get(k) for k in ("source", "index", "tags", "input", "expected",
                                                                      "got", "stdout", "reason")}})
    return out
