"""Which problem a session command names: a solution file, a slug, or (none) the session's only problem."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
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


@dataclass(frozen=True)
class EditTarget:
    """The file `judge edit` opens, and whether it was just written from the problem's starter."""

    path: Path
    created: bool = False


def file_to_edit(conn: sqlite3.Connection | None, target: str, cwd: Path) -> EditTarget:
    """An existing file as it is; a problem's slug as the open session's solution file for it, else
    ``cwd/<slug>.py`` (written from the starter when missing). ``conn`` None: no database yet."""
    from judge.sandbox.runtimes import load_runtime
    from judge.sessions.workspace import module_name, starter_text

    path = Path(target)
    if path.is_file():
        return EditTarget(path)
    if path.suffix or "/" in target:
        raise UsageError(f"{target}: no such file", "check the path, or name a problem by its slug")
    problem = find_problem(target)
    session = open_session(conn) if conn is not None else None
    if conn is not None and session is not None:
        for row in session_problems(conn, session["id"]):
            if row["problem"] == problem.slug:
                return EditTarget(Path(row["file_path"]))
    path = cwd / f"{module_name(problem.slug)}{load_runtime(problem.runtime).suffix}"
    if path.exists():
        return EditTarget(path)
    path.write_text(starter_text(problem), encoding="utf-8")
    return EditTarget(path, created=True)
