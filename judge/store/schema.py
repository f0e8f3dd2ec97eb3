"""The judge's tables as one SQLAlchemy Core definition, for SQLite and PostgreSQL.

``judge_tables(metadata, owned=False)`` builds the tables the local store has
(judge/store/db.py, schema version 6): a test creates them on SQLite and checks
them column by column against what db.py's migrations make, so the two cannot
drift apart.  ``owned=True`` builds the same tables for the cohort service
(judge/service): each row that belongs to someone carries ``user_id``, a
submission may be pending (no verdict yet), and the service's own tables
(users, groups, gradings) sit beside them.

The local store still runs db.py's hand-written migrations: moving it onto this
definition would need an upgrade path for existing files, which db.py's
``user_version`` already gives; see docs/service.md.
"""

from __future__ import annotations

from sqlalchemy import (
    REAL,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
    UniqueConstraint,
    text,
)

ZERO = text("0")


def _owner(owned: bool) -> list[Column]:
    return [Column("user_id", Integer, ForeignKey("users.id"), nullable=False)] if owned else []


def _delivery_columns() -> list[Column]:
    return [Column("options", Text, nullable=False, server_default=text("'{}'")),  # JSON: the complexity options
            Column("enqueued_at", Text),  # last handed to the broker (NULL: never; the sweeper sends it)
            Column("deliveries", Integer, nullable=False, server_default=ZERO)]


def judge_tables(metadata: MetaData, owned: bool = False) -> dict[str, Table]:
    """The local store's tables on ``metadata``; with ``owned``, the service's variant (see the module doc)."""
    tables: dict[str, Table] = {}
    if owned:
        tables["users"] = Table(
            "users", metadata,
            Column("id", Integer, primary_key=True),
            Column("name", Text, nullable=False, unique=True),
            Column("admin", Integer, nullable=False, server_default=ZERO),
            Column("token_hash", Text, nullable=False),  # scrypt parameters, salt and digest (judge.service.tokens)
            Column("created_at", Text, nullable=False),
        )
    tables["sessions"] = Table(
        "sessions", metadata,
        Column("id", Integer, primary_key=True),
        Column("started_at", Text, nullable=False),
        Column("deadline", Text, nullable=False),
        Column("minutes", Integer, nullable=False),
        Column("blind", Integer, nullable=False, server_default=ZERO),
        Column("adaptive", Integer, nullable=False, server_default=ZERO),
        Column("workspace", Text, nullable=False),
        Column("options", Text, nullable=False, server_default=text("'{}'")),
        Column("ended_at", Text),
        Column("end_reason", Text),
        Column("practice", Integer, nullable=False, server_default=text("1")),
        *_owner(owned),
        *([Column("group_id", Integer, ForeignKey("groups.id"))] if owned else []),
    )
    tables["session_problems"] = Table(
        "session_problems", metadata,
        Column("session_id", Integer, ForeignKey("sessions.id"), nullable=False),
        Column("position", Integer, nullable=False),
        Column("problem", Text, nullable=False),
        Column("title", Text, nullable=False),
        Column("patterns", Text, nullable=False),
        Column("difficulty", Text, nullable=False),
        Column("file_path", Text, nullable=False),
        PrimaryKeyConstraint("session_id", "problem"),
    )
    tables["session_warnings"] = Table(
        "session_warnings", metadata,
        Column("session_id", Integer, ForeignKey("sessions.id"), nullable=False),
        Column("minutes", Integer, nullable=False),
        Column("shown_at", Text, nullable=False),
        PrimaryKeyConstraint("session_id", "minutes"),
    )
    tables["submissions"] = Table(
        "submissions", metadata,
        Column("id", Integer, primary_key=True),
        Column("created_at", Text, nullable=False),
        Column("problem", Text, nullable=False),
        Column("patterns", Text, nullable=False),
        Column("difficulty", Text, nullable=False),
        Column("file_path", Text, nullable=False),
        Column("source_sha256", Text, nullable=False),
        Column("source", Text, nullable=False),
        Column("mode", Text, nullable=False),
        # In the service a submission is stored before it is graded: these stay NULL while it is pending.
        Column("verdict", Text, nullable=owned),
        Column("passed", Integer, nullable=owned),
        Column("total", Integer, nullable=owned),
        Column("elapsed_s", REAL, nullable=owned),
        Column("failed_tags", Text, nullable=owned),
        Column("report", Text, nullable=owned),
        Column("session_id", Integer, ForeignKey("sessions.id")),
        Column("late", Integer, nullable=False, server_default=ZERO),
        Column("submitted_at", Text),
        *_owner(owned),
        *(_delivery_columns() if owned else []),
        Index("submissions_problem", "problem", "created_at"),
        Index("submissions_session", "session_id", "id"),
    )
    tables["reviews"] = Table(
        "reviews", metadata,
        Column("id", Integer, primary_key=True),
        Column("session_id", Integer, ForeignKey("sessions.id"), nullable=False),
        Column("pattern", Text, nullable=False),
        Column("rating", Integer, nullable=False),
        Column("reviewed_at", Text, nullable=False),
        Column("reason", Text, nullable=False),
        UniqueConstraint("session_id", "pattern"),
        Index("reviews_pattern", "pattern", "reviewed_at"),
    )
    tables["hints"] = Table(
        "hints", metadata,
        Column("id", Integer, primary_key=True),
        Column("session_id", Integer, ForeignKey("sessions.id")),
        Column("problem", Text, nullable=False),
        Column("hint", Integer, nullable=False),
        Column("shown_at", Text, nullable=False),
        *_owner(owned),
        UniqueConstraint("session_id", "problem", "hint"),
        Index("hints_problem", "problem", "session_id"),
    )
    tables["plans"] = Table(
        "plans", metadata,
        Column("session_id", Integer, ForeignKey("sessions.id"), nullable=False),
        Column("problem", Text, nullable=False),
        Column("patterns", Text, nullable=False),
        Column("time", Text, nullable=False),
        Column("space", Text, nullable=False),
        Column("planned_at", Text, nullable=False),
        Column("pattern_recognised", Integer, nullable=False),
        Column("time_vs_target", Text, nullable=False),
        Column("space_vs_target", Text, nullable=False),
        PrimaryKeyConstraint("session_id", "problem"),
    )
    tables["case_checks"] = Table(
        "case_checks", metadata,
        Column("id", Integer, primary_key=True),
        Column("session_id", Integer, ForeignKey("sessions.id")),
        Column("problem", Text, nullable=False),
        Column("checked_at", Text, nullable=False),
        Column("cases", Integer, nullable=False),
        Column("wrong_expectations", Integer, nullable=False),
        Column("caught", Integer, nullable=False),
        Column("tried", Integer, nullable=False),
        Column("result", Text, nullable=False),
        *_owner(owned),
        Index("case_checks_session", "session_id", "problem", "id"),
    )
    if owned:
        _service_tables(metadata, tables)
    else:  # at most one open session in the store
        open_rows = tables["sessions"].c.ended_at.is_(None)
        Index("sessions_one_open", open_rows, unique=True, sqlite_where=open_rows)
    return tables


def _service_tables(metadata: MetaData, tables: dict[str, Table]) -> None:
    # One open session per user, as the local store has one open session.
    open_rows = tables["sessions"].c.ended_at.is_(None)
    Index("sessions_one_open_per_user", tables["sessions"].c.user_id, unique=True, postgresql_where=open_rows,
          sqlite_where=open_rows)
    Index("submissions_user", tables["submissions"].c.user_id, tables["submissions"].c.id)
    Index("submissions_pending", tables["submissions"].c.enqueued_at,
          postgresql_where=tables["submissions"].c.verdict.is_(None))
    tables["groups"] = Table(
        "groups", metadata,
        Column("id", Integer, primary_key=True),
        Column("name", Text, nullable=False, unique=True),
        Column("created_by", Integer, ForeignKey("users.id"), nullable=False),
        Column("started_at", Text, nullable=False),
        Column("deadline", Text, nullable=False),
        Column("minutes", Integer, nullable=False),
        Column("problems", Text, nullable=False),  # JSON list of slugs, the same for every member
    )
    # A verdict is stored once per submission: the primary key makes a second grading's INSERT a no-op.
    tables["gradings"] = Table(
        "gradings", metadata,
        Column("submission_id", Integer, ForeignKey("submissions.id"), primary_key=True),
        Column("graded_at", Text, nullable=False),
        Column("worker", Text, nullable=False),  # the Celery worker's hostname and pid
        Column("verdict", Text, nullable=False),
        Column("completed_at", Text),  # the complexity report, when asked for, is in too: the client stops waiting
    )
    tables["service_schema"] = Table(
        "service_schema", metadata,
        Column("version", Integer, nullable=False),
    )
