"""Session data (the JSON the commands print) as terminal text. Nothing is decided here."""

from __future__ import annotations

from judge.clock import UTC_ZONE_NOTE, clock_text, deadline_text, local_is_utc
from judge.safe_text import visible
from judge.sessions.scorecard import scorecard_text
from judge.style import secondary
from judge.tables import table


def _verdicts(problem: dict) -> str:
    seq = [v["verdict"] + (" (late)" if v["late"] else "") for v in problem["verdicts"]]
    return " > ".join(seq) or "-"


def start_text(data: dict) -> str:
    lines = [f"Session {data['session_id']} started: {len(data['problems'])} problem(s), {data['minutes']} minutes, "
             f"deadline {deadline_text(data['deadline'])}."]
    if data["blind"]:
        lines.append("Blind: failing inputs of hidden tests stay hidden until `judge end`.")
    lines.append(f"Workspace: {data['workspace']}")
    if data["practice"]:
        lines.append(table([(p["slug"], p["title"], ", ".join(p["patterns"]), p["file"]) for p in data["problems"]],
                           ["problem", "title", "patterns", "write your solution in"], drop=("title",)))
    else:  # interview mode: the pattern is the candidate's to recognise
        lines.append(table([(p["slug"], p["title"], p["file"]) for p in data["problems"]],
                           ["problem", "title", "write your solution in"], drop=("title",)))
        lines.append("Interview mode: patterns, targets and hints stay hidden (`judge hint FILE` shows the next "
                     "hint, and counts it).")
    lines += [f"note: {n}" for n in data["notes"]]
    if local_is_utc():  # a container or server often runs in UTC while its user does not
        lines.append(secondary(f"note: {UTC_ZONE_NOTE}"))
    lines.append(secondary("`judge submit FILE` judges a solution; `judge status` shows the clock; `judge end` "
                           "finishes."))
    return "\n".join(lines)


def hint_text(data: dict) -> str:
    if not data["new"]:
        lines = [f"All {data['total']} hints of {data['problem']} are shown already:", ""]
        lines += [f"{i}. " + visible(text).replace("\n", "\n   ") for i, text in enumerate(data["shown"], 1)]
        return "\n".join(lines)
    counted = " (counted in this session's review)" if data["session_id"] is not None else ""
    return "\n".join([f"Hint {data['number']} of {data['total']} for {data['problem']}{counted}:", "",
                      visible(data["text"])])


def cases_text(data: dict) -> str:
    lines = []
    for case in data["cases"]:
        head = f"case {case['index']}: {case['input']}"
        if case["invalid"]:
            lines.append(f"{head}: outside the constraints ({'; '.join(case['invalid'])}), not run")
        elif case["wrong"]:
            right = f" (the right answer is {case['right_answer']})" if case["right_answer"] is not None else \
                " (find the right answer: that is part of the work)"
            lines.append(f"{head}: expected {case['expected']} is wrong{right}")
        else:
            lines.append(f"{head}: expected {case['expected']}, right")
    strength = data["test_strength"]
    lines.append(f"Your cases caught {data['caught']} of {data['tried']} known bugs"
                 + (f" (test strength {strength:.0%})" if strength is not None else "") + ".")
    if data["missed"]:
        lines.append("Missed bugs show up on inputs like: "
                     + ", ".join(f"{tag} ({n})" for tag, n in data["missed"].items()) + ".")
    return "\n".join(visible(line) for line in lines)


def plan_text(data: dict) -> str:
    return visible(f"Plan recorded for {data['problem']}: {', '.join(data['patterns'])}; time {data['time']}, "
                   f"space {data['space']}. It is scored at your first accepted submission; until then "
                   "`judge plan` again replaces it.")


def status_line(data: dict) -> str:
    """One line for `judge status --watch`."""
    parts = [f"{p['slug']}: {p['state']}" + (f" {clock_text(p['solved_at_s'])}" if p["solved_at_s"] is not None else "")
             for p in data["problems"]]
    return f"session {data['session_id']}  {clock_text(max(data['remaining_s'], 0))} left  |  " + "  ".join(parts)


def status_text(data: dict) -> str:
    if not data["active"]:
        last = data.get("last_session")
        if last and last["ended_at"]:
            how = " at its deadline" if last["end_reason"] == "deadline" else ""
            return f"{data['message']}\nThe last one, session {last['session_id']}, closed{how} at {last['ended_at']}."
        return data["message"]
    lines = [f"Session {data['session_id']}: {clock_text(max(data['remaining_s'], 0))} left of {data['minutes']} min "
             f"(deadline {deadline_text(data['deadline'])}){'; blind' if data['blind'] else ''}."]
    rows = [(p["slug"], p["state"], p["attempts"], clock_text(p["solved_at_s"]), _verdicts(p), p["file"])
            for p in data["problems"]]
    lines.append(table(rows, ["problem", "state", "attempts", "accepted at", "verdicts", "file"],
                       drop=("file", "attempts")))
    return "\n".join(lines)


def summary_text(data: dict) -> str:
    how = "closed at its deadline" if data["end_reason"] == "deadline" else "ended"
    lines = [f"Session {data['session_id']} {how}: {data['solved']} of {len(data['problems'])} problem(s) solved "
             f"in time ({data['minutes']} min, started {data['started_at']})."]
    rows = []
    for p in data["problems"]:
        solved = "yes" if p["solved"] else ("late" if p["late_accepted_at_s"] is not None else "no")
        rows.append((p["slug"], solved, clock_text(p["solved_at_s"]), p["attempts"], _verdicts(p),
                     p["complexity"] or "-"))
    lines.append(table(rows, ["problem", "solved", "split", "attempts", "verdicts", "complexity"]))
    lines += [visible(line) for line in scorecard_text(data["scorecard"])]
    if data["reviews"]:
        lines.append("Reviews (FSRS): " + "; ".join(f"{r['pattern']} {r['rating_name']} ({r['reason']})"
                                                    for r in data["reviews"]))
    elif not any(p["attempts"] for p in data["problems"]):
        lines.append("No submissions, so no review was recorded (an abandoned session is not a failed one).")
    if data["revealed"]:
        lines.append("Withheld failing inputs, revealed:")
        for case in data["revealed"]:
            tags = f" [{', '.join(case['tags'])}]" if case.get("tags") else ""
            lines.append(f"  submission {case['submission_id']} {case['problem']} {case['verdict']}: "
                         f"{case['source']} case {case['index'] or ''}{tags}")
            lines.append(f"    Input:    {visible(case['input'])}")
            if case.get("expected") is not None:
                lines.append(f"    Expected: {visible(case['expected'])}")
            if case.get("got") is not None:
                lines.append(f"    Got:      {visible(case['got'])}")
    return "\n".join(lines)


def history_text(sessions: list[dict]) -> str:
    if not sessions:
        return "No sessions yet: start one with `judge start`."
    blocks = []
    for s in sessions:
        state = "active" if s["active"] else (f"ended {s['ended_at']}"
                                              + (" (closed at the deadline)" if s["end_reason"] == "deadline" else ""))
        solved = sum(p["state"] == "accepted" for p in s["problems"])
        head = (f"Session {s['session_id']}  started {s['started_at']}  {s['minutes']} min  {state}  "
                f"solved {solved}/{len(s['problems'])}")
        rows = [(x["submission_id"], x["problem"], x["verdict"], f"{x['passed']}/{x['total']}", clock_text(x["at_s"]),
                 "late" if x["late"] else "in time") for x in s["submissions"]]
        body = table(rows, ["id", "problem", "verdict", "passed", "at", "deadline"]) if rows else "  (no submissions)"
        for p in s["problems"]:
            plan = p.get("plan")
            if plan or p.get("hints_used"):
                said = f"plan {', '.join(plan['patterns'])}, time {plan['time']}, space {plan['space']}" if plan \
                    else "no plan"
                body += visible(f"\n  {p['slug']}: {said}; hints used {p.get('hints_used', 0)}")
        blocks.append(head + "\n" + body)
    return "\n\n".join(blocks)
