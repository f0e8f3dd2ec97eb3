"""`judge cases FILE`: check the candidate's own cases (judge.grading.own_cases) and record their strength.

In an interview-mode session a wrong expectation is flagged without the right answer (finding it is
the candidate's work); in practice mode and outside sessions the right answer is shown.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from judge import clock
from judge.grading.own_cases import check_cases, read_cases
from judge.sessions.target import problem_named
from judge.store.case_checks import record_case_check
from judge.store.sessions import get_session


def check_cases_file(conn: sqlite3.Connection, file: Path, slug: str | None, now: datetime) -> dict:
    from judge.judging import cases_cache_dir, sandbox_client

    problem, session_id = problem_named(conn, slug or str(file), "cases")
    pairs = read_cases(file)
    client, image = sandbox_client(problem.runtime)
    try:
        result = check_cases(client, image, problem, pairs, cases_cache_dir()).to_json()
    finally:
        client.close()
    if session_id is not None:
        record_case_check(conn, session_id, problem.slug, clock.iso(now), result)
    session = get_session(conn, session_id) if session_id is not None else None
    hidden = session is not None and not session["practice"]
    if hidden:
        for case in result["cases"]:
            case["right_answer"] = None
    return {**result, "session_id": session_id, "answers_hidden": hidden}
