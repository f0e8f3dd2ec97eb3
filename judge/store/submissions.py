"""Recording and reading submissions."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from judge import clock
from judge.store.db import transaction


@dataclass(frozen=True)
class NewSubmission:
    """A judged submission about to be recorded; ``extra_columns`` are session columns (session_id, late,
    submitted_at) when it belongs to one."""

    problem: Any  # a judge.packs.model.Problem (slug, patterns, difficulty): the store does not import packs
    file_path: str
    source: str
    report: dict
    mode: str = "submit"
    extra_columns: dict | None = None


def record_submission(conn: sqlite3.Connection, submission: NewSubmission) -> int:
    """Insert one submission in its own transaction and return its id."""
    problem, report = submission.problem, submission.report
    failing = report.get("failing_case") or report.get("counterexample") or {}
    row = {
        "created_at": clock.iso(clock.now()),
        "problem": problem.slug,
        "patterns": json.dumps(list(problem.patterns)),
        "difficulty": problem.difficulty,
        "file_path": submission.file_path,
        "source_sha256": hashlib.sha256(submission.source.encode()).hexdigest(),
        "source": submission.source,
        "mode": submission.mode,
        "verdict": report["verdict"],
        "passed": report["passed"],
        "total": report["total"],
        "elapsed_s": report["elapsed_s"],
        "failed_tags": json.dumps(failing.get("tags", [])),
        "report": json.dumps(report),
        **(submission.extra_columns or {}),
    }
    columns = ", ".join(row)
    marks = ", ".join(f":{k}" for k in row)
    with transaction(conn):
        cursor = conn.execute(f"INSERT INTO submissions ({columns}) VALUES ({marks})", row)
    assert cursor.lastrowid is not None  # set by the INSERT just made
    return cursor.lastrowid


def update_report(conn: sqlite3.Connection, submission_id: int, report: dict) -> None:
    """Replace a recorded submission's report JSON (its complexity report arrives after its verdict)."""
    with transaction(conn):
        conn.execute("UPDATE submissions SET report = ? WHERE id = ?", (json.dumps(report), submission_id))


def submission_time(row) -> str:
    """When a submission was made: the submit command's start (in sessions), else its record time."""
    return row["submitted_at"] or row["created_at"]


def recent_submissions(conn: sqlite3.Connection, limit: int = 50) -> list[sqlite3.Row]:
    return conn.execute("SELECT * FROM submissions ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
