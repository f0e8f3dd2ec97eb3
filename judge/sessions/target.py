"""Which problem a session command names: a solution file, a slug, or (none) the session's only problem."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from judge.errors import UsageError
from judge.packs.loader import find_problem, infer_problem
from judge.packs.model import Problem
from judge.store.sessions import open_session, session_problems


def problem_named(conn: sqlite3.Connection, target: str | None, command: str) -> tuple[Problem, int | None]:
    """The problem ``target`` (a solution file or a slug; None: the session's only problem) names, and the
    open session it belongs to, if any."""
    session = open_session(conn)
    slugs = [row["problem"] for row in session_problems(conn, session["id"])] if session is not None else []
    if target is None:
        if len(slugs) != 1:
            raise UsageError("which problem? " + ("the session has several" if slugs else "no session is open"),
                             f"name it: `judge {command} FILE` or `judge {command} SLUG`")
        problem = find_problem(slugs[0])
    elif Path(target).is_file():
        problem = infer_problem(Path(target))
    else:
        problem = find_problem(target)
    return problem, (session["id"] if session is not None and problem.slug in slugs else None)
