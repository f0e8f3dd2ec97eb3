"""A realistic practice history, written through the store API into real SQLite (a helper; holds no tests).

Ten weeks of timed sessions on installed problems, each problem's submissions in the order a candidate makes
them (wrong answers and time limits before the accept, sometimes no accept, sometimes late), plans made before
coding, free practice between sessions, and every session closed by judge.sessions.lifecycle.close, which
records the FSRS reviews as `judge end` does.  Skills differ by pattern, so the weakness ranks differ.  The
same seed gives the same history.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import time_machine

from judge import clock
from judge.packs.loader import all_problems
from judge.sessions.lifecycle import close
from judge.store.plans import save_plan
from judge.store.sessions import NewSession, insert_session
from judge.store.submissions import NewSubmission, record_submission

# pattern -> (chance a submission is accepted, typical minutes per submission)
SKILL = {"two-pointers": (0.7, 7), "sliding-window": (0.55, 9), "heap": (0.45, 11), "bfs-dfs": (0.5, 10),
         "dp-sequences": (0.25, 16), "union-find": (0.35, 13)}
FAILURES = (("wrong_answer", "min-size"), ("wrong_answer", "duplicates"), ("time_limit", "max-size"),
            ("runtime_error", "empty"))


def _report(problem, verdict: str, tag: str, complexity: str | None) -> dict:
    accepted = verdict == "accepted"
    report = {"problem": problem.slug, "verdict": verdict, "passed": 24 if accepted else 7, "total": 24,
              "elapsed_s": 0.4, "message": "" if accepted else "the answer differs from the expected one",
              "error": None, "counterexample": None, "property_examples": 100 if accepted else 0,
              "max_case_s": 0.02, "stderr_tail": "", "extra": {},
              "failing_case": None if accepted else {"source": "hidden", "index": 3, "tags": [tag],
                                                     "input": "n = 3", "expected": "1", "got": "2",
                                                     "stdout": "", "reason": "differs"}}
    if complexity:
        report["complexity"] = {"time": {"status": complexity, "target": "O(n)"}}
    return report


def _submit(conn, when: datetime, problem, verdict: str, tag: str = "", session_id=None, late=False,
            complexity=None) -> None:
    extra = {"session_id": session_id, "late": int(late), "submitted_at": clock.iso(when)} if session_id else None
    with time_machine.travel(when, tick=False):
        record_submission(conn, NewSubmission(problem=problem, file_path=f"/tmp/ws/{problem.slug}.py", source=f"# {verdict}\n",
                          report=_report(problem, verdict, tag, complexity), extra_columns=extra))


def _attempt(conn, rng: random.Random, problem, start: datetime, session_id: int, minutes: int) -> None:
    """One problem of a session: submissions until an accept, the deadline, or giving up."""
    chance, pace = SKILL[problem.patterns[0]]
    at = start
    for _ in range(5):
        at += timedelta(minutes=max(2, rng.gauss(pace, pace / 3)))
        late = at >= start + timedelta(minutes=minutes)
        if rng.random() < chance:
            complexity = "optimal" if rng.random() < chance + 0.2 else "suboptimal"
            _submit(conn, at, problem, "accepted", session_id=session_id, late=late, complexity=complexity)
            return
        verdict, tag = rng.choice(FAILURES)
        _submit(conn, at, problem, verdict, tag, session_id=session_id, late=late)
        if late:
            return


def build_history(conn, end: datetime, seed: int = 16, weeks: int = 10) -> int:
    """Write the history, its last session closed before ``end``; the number of sessions written."""
    rng = random.Random(seed)
    by_pattern = {p: [q for q in all_problems() if q.patterns[0] == p] for p in SKILL}
    day = (end - timedelta(weeks=weeks)).replace(hour=18, minute=0, second=0, microsecond=0)
    sessions = 0
    while day < end - timedelta(days=1):
        day += timedelta(days=rng.choice((1, 1, 2, 3)))
        if rng.random() < 0.3:  # free practice: one problem, no clock
            problem = rng.choice(by_pattern[rng.choice(list(SKILL))])
            _submit(conn, day + timedelta(minutes=20), problem, rng.choice(("accepted", "wrong_answer")), "min-size")
            continue
        chosen = [rng.choice(by_pattern[p]) for p in rng.sample(list(SKILL), 2)]
        with time_machine.travel(day, tick=False):
            session_id = insert_session(
                conn, NewSession(started_at=clock.iso(day), deadline=clock.iso(day + timedelta(minutes=60)), minutes=60,
                blind=False, adaptive=False, workspace="/tmp/ws", options={},
                problems=[{"slug": p.slug, "title": p.title, "patterns": list(p.patterns), "difficulty": p.difficulty,
                           "file_path": f"/tmp/ws/{p.slug}.py"} for p in chosen]))
        for problem in chosen:
            if rng.random() < 0.6:
                recognised = rng.random() < SKILL[problem.patterns[0]][0] + 0.2
                save_plan(conn, session_id, problem.slug, {
                    "patterns": list(problem.patterns) if recognised else ["brute-force"],
                    "time": problem.complexity["time"], "space": problem.complexity["space"],
                    "planned_at": clock.iso(day + timedelta(minutes=2)), "pattern_recognised": recognised,
                    "time_vs_target": "optimal", "space_vs_target": "optimal"})
        for problem in chosen:
            _attempt(conn, rng, problem, day, session_id, 60)
        closing = day + timedelta(minutes=61)
        with time_machine.travel(closing, tick=False):
            close(conn, session_id, closing, "ended")
        sessions += 1
    return sessions
