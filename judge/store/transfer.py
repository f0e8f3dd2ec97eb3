"""Export and import: the judge's history as JSON lines, merged back without duplicates.

The format (``drill-judge-export``, version 1) is documented in docs/data.md;
the same file is meant to move a candidate's history into a shared service,
so it changes only by adding fields (older readers ignore them) or, for
anything else, by a new version.

Identity is never an autoincrement id: a session is the same session when
its ``key`` is, ``[started_at, [problem slugs in order], n]``, and a
submission when ``[created_at, problem, source_sha256, n]`` is; ``n`` counts
the earlier records with the same other parts (two submissions of one file in
one second stay two).  Importing skips every record whose key the database
already holds, so importing a file twice, or into the database it came from,
adds nothing.  Every line is checked before anything is written, and the
writes are one transaction: a bad file changes nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import cast

from judge.errors import UsageError
from judge.store.db import transaction

FORMAT = "drill-judge-export"
VERSION = 1
STDIO = "-"


def _judge_version() -> str | None:
    try:
        from importlib.metadata import version

        return version("drill-judge")
    except Exception:  # noqa: BLE001  (not installed: running from a checkout)
        return None


# -- export ----------------------------------------------------------------
def _loads(text: str | None, default):
    return default if text is None else json.loads(text)


def snapshot(conn: sqlite3.Connection) -> tuple[list[dict], list[dict]]:
    """Every session and submission as export records, read in one transaction (a consistent snapshot)."""
    conn.execute("BEGIN")
    try:
        sessions = conn.execute("SELECT * FROM sessions ORDER BY id").fetchall()
        problems = conn.execute("SELECT * FROM session_problems ORDER BY session_id, position").fetchall()
        warnings = conn.execute("SELECT * FROM session_warnings ORDER BY session_id, minutes DESC").fetchall()
        reviews = conn.execute("SELECT * FROM reviews ORDER BY id").fetchall()
        hints = conn.execute("SELECT * FROM hints WHERE session_id IS NOT NULL ORDER BY id").fetchall()
        plans = conn.execute("SELECT * FROM plans ORDER BY session_id, problem").fetchall()
        submissions = conn.execute("SELECT * FROM submissions ORDER BY id").fetchall()
    finally:
        conn.execute("COMMIT")
    by_session: dict[int, dict[str, list]] = {s["id"]: {"problems": [], "warnings": [], "reviews": [], "hints": [],
                                                         "plans": []}
                                              for s in sessions}
    for p in problems:
        by_session[p["session_id"]]["problems"].append(
            {"position": p["position"], "problem": p["problem"], "title": p["title"],
             "patterns": _loads(p["patterns"], []), "difficulty": p["difficulty"], "file_path": p["file_path"]})
    for w in warnings:
        by_session[w["session_id"]]["warnings"].append({"minutes": w["minutes"], "shown_at": w["shown_at"]})
    for r in reviews:
        by_session[r["session_id"]]["reviews"].append(
            {"pattern": r["pattern"], "rating": r["rating"], "reviewed_at": r["reviewed_at"], "reason": r["reason"]})
    for h in hints:
        by_session[h["session_id"]]["hints"].append({"problem": h["problem"], "hint": h["hint"],
                                                     "shown_at": h["shown_at"]})
    for plan in plans:
        by_session[plan["session_id"]]["plans"].append(
            {"problem": plan["problem"], "patterns": _loads(plan["patterns"], []), "time": plan["time"],
             "space": plan["space"], "planned_at": plan["planned_at"],
             "pattern_recognised": bool(plan["pattern_recognised"]), "time_vs_target": plan["time_vs_target"],
             "space_vs_target": plan["space_vs_target"]})
    session_records: list[dict] = []
    session_keys: dict[int, list] = {}
    seen: dict[tuple, int] = {}
    for s in sessions:
        nested = by_session[s["id"]]
        base: tuple = (s["started_at"], tuple(p["problem"] for p in nested["problems"]))
        n = seen[base] = seen.get(base, -1) + 1
        key = [base[0], list(base[1]), n]
        session_keys[s["id"]] = key
        session_records.append({
            "type": "session", "key": key, "id": s["id"], "started_at": s["started_at"], "deadline": s["deadline"],
            "minutes": s["minutes"], "blind": bool(s["blind"]), "adaptive": bool(s["adaptive"]),
            "practice": bool(s["practice"]), "workspace": s["workspace"], "options": _loads(s["options"], {}),
            "ended_at": s["ended_at"], "end_reason": s["end_reason"], **nested})
    submission_records: list[dict] = []
    seen = {}
    for r in submissions:
        base = (r["created_at"], r["problem"], r["source_sha256"])
        n = seen[base] = seen.get(base, -1) + 1
        submission_records.append({
            "type": "submission", "key": [*base, n], "id": r["id"],
            "session": session_keys.get(r["session_id"]) if r["session_id"] is not None else None,
            "created_at": r["created_at"], "submitted_at": r["submitted_at"], "problem": r["problem"],
            "patterns": _loads(r["patterns"], []), "difficulty": r["difficulty"], "file_path": r["file_path"],
            "source_sha256": r["source_sha256"], "source": r["source"], "mode": r["mode"], "verdict": r["verdict"],
            "passed": r["passed"], "total": r["total"], "elapsed_s": r["elapsed_s"],
            "failed_tags": _loads(r["failed_tags"], []), "late": bool(r["late"]), "report": _loads(r["report"], {})})
    return session_records, submission_records


def export_lines(conn: sqlite3.Connection | None, now: str) -> list[str]:
    """The export, one JSON text per line (no newlines); ``conn`` None for a database not made yet."""
    sessions, submissions = snapshot(conn) if conn is not None else ([], [])
    header = {"format": FORMAT, "version": VERSION, "exported_at": now, "judge_version": _judge_version(),
              "counts": {"sessions": len(sessions), "submissions": len(submissions)}}
    return [json.dumps(record, separators=(",", ":")) for record in [header, *sessions, *submissions]]


@dataclass
class Exported:
    file: str
    sessions: int
    submissions: int

    def to_json(self) -> dict:
        return {"file": self.file, "sessions": self.sessions, "submissions": self.submissions}


def export(target: str, now: str, out=None) -> Exported:
    """`judge data export [FILE|-]`: write the export to FILE (atomically) or to ``out`` (stdout) for ``-``."""
    from judge.store.db import connect, database_path

    database = database_path()
    if target != STDIO:
        path = Path(target).expanduser()
        if path.resolve() == database.resolve():
            raise UsageError(f"{target} is the judge's database itself", "export to another file")
        if not path.parent.is_dir():
            raise UsageError(f"cannot write {target}: there is no directory {path.parent}",
                             "create it first or give another path")
    conn = connect() if database.exists() else None
    try:
        lines = export_lines(conn, now)
    finally:
        if conn is not None:
            conn.close()
    text = "".join(line + "\n" for line in lines)
    header = json.loads(lines[0])["counts"]
    if target == STDIO:
        (out or sys.stdout).write(text)
    else:
        try:
            _write_atomically(path, text)
        except OSError as exc:
            raise UsageError(f"cannot write {target}: {exc.strerror or exc}",
                             "check the directory's permissions and free space") from None
    return Exported(target, header["sessions"], header["submissions"])


def _write_atomically(path: Path, text: str) -> None:
    """``text`` to ``path`` through a temporary file beside it, synced: readers see the old file or the new one."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.tmp-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# -- reading and checking an export ----------------------------------------
class Malformed(Exception):
    """A line of an export that cannot be imported; ``line`` is 1-based."""

    def __init__(self, line: int, what: str):
        super().__init__(what)
        self.line = line
        self.what = what


_STR, _INT, _NUM, _BOOL, _LIST, _DICT, _NONE = str, "int", "number", bool, list, dict, type(None)


def _is(value, kind) -> bool:
    if kind == _INT:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == _NUM:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, kind)


_KIND_NAMES = {str: "a string", _INT: "an integer", _NUM: "a number", bool: "true or false", list: "a list",
               dict: "an object", type(None): "null"}
_TIME = "time"  # a string holding an ISO 8601 time

SESSION_FIELDS = {
    "key": (list,), "started_at": (_TIME,), "deadline": (_TIME,), "minutes": (_INT,), "blind": (bool,),
    "adaptive": (bool,), "workspace": (str,), "options": (dict,), "ended_at": (_TIME, _NONE),
    "end_reason": (str, _NONE), "problems": (list,), "warnings": (list,), "reviews": (list,),
}
PROBLEM_FIELDS = {"position": (_INT,), "problem": (str,), "title": (str,), "patterns": (list,), "difficulty": (str,),
                  "file_path": (str,)}
WARNING_FIELDS = {"minutes": (_INT,), "shown_at": (_TIME,)}
REVIEW_FIELDS = {"pattern": (str,), "rating": (_INT,), "reviewed_at": (_TIME,), "reason": (str,)}
HINT_FIELDS = {"problem": (str,), "hint": (_INT,), "shown_at": (_TIME,)}
PLAN_FIELDS = {"problem": (str,), "patterns": (list,), "time": (str,), "space": (str,), "planned_at": (_TIME,),
               "pattern_recognised": (bool,), "time_vs_target": (str,), "space_vs_target": (str,)}
# Added after version 1 was first written: absent in older files, which were all practice sessions.
SESSION_ADDED = {"practice": ((bool,), True), "hints": ((list,), []), "plans": ((list,), [])}
SUBMISSION_FIELDS = {
    "key": (list,), "session": (list, _NONE), "created_at": (_TIME,), "submitted_at": (_TIME, _NONE),
    "problem": (str,), "patterns": (list,), "difficulty": (str,), "file_path": (str,), "source_sha256": (str,),
    "source": (str,), "mode": (str,), "verdict": (str,), "passed": (_INT,), "total": (_INT,), "elapsed_s": (_NUM,),
    "failed_tags": (list,), "late": (bool,), "report": (dict,),
}


def _check_fields(line: int, record: dict, fields: dict, where: str) -> None:
    for name, kinds in fields.items():
        if name not in record:
            raise Malformed(line, f"{where} has no field {name!r}")
        value = record[name]
        ok = False
        for kind in kinds:
            if kind == _TIME:
                if isinstance(value, str):
                    try:
                        datetime.fromisoformat(value)
                        ok = True
                    except ValueError:
                        raise Malformed(line, f"{where} field {name!r} is not an ISO 8601 time: {value!r}") from None
            elif _is(value, kind):
                ok = True
        if not ok:
            wanted = " or ".join("an ISO 8601 time" if k == _TIME else _KIND_NAMES[k] for k in kinds)
            raise Malformed(line, f"{where} field {name!r} should be {wanted}, not {json.dumps(value)[:60]}")


def _check_strings(line: int, values: list, where: str) -> None:
    if not all(isinstance(v, str) for v in values):
        raise Malformed(line, f"{where} should be a list of strings")


def _check_session(line: int, record: dict) -> tuple:
    _check_fields(line, record, SESSION_FIELDS, "the session")
    for name, (_, default) in SESSION_ADDED.items():
        record.setdefault(name, default)
    _check_fields(line, record, {name: kinds for name, (kinds, _) in SESSION_ADDED.items()}, "the session")
    for i, item in enumerate(record["problems"]):
        if not isinstance(item, dict):
            raise Malformed(line, f"the session's problem {i + 1} is not an object")
        _check_fields(line, item, PROBLEM_FIELDS, f"the session's problem {i + 1}")
        _check_strings(line, item["patterns"], f"the session's problem {i + 1} field 'patterns'")
    for name, fields in (("warnings", WARNING_FIELDS), ("reviews", REVIEW_FIELDS), ("hints", HINT_FIELDS),
                         ("plans", PLAN_FIELDS)):
        for i, item in enumerate(record[name]):
            if not isinstance(item, dict):
                raise Malformed(line, f"the session's {name} item {i + 1} is not an object")
            _check_fields(line, item, fields, f"the session's {name} item {i + 1}")
    problems = [p["problem"] for p in sorted(record["problems"], key=lambda p: p["position"])]
    key = record["key"]
    if not (len(key) == 3 and _is(key[2], _INT) and key[2] >= 0) or key[:2] != [record["started_at"], problems]:
        raise Malformed(line, f"the session's key should be [started_at, [problems in order], n], "
                              f"{json.dumps([record['started_at'], problems, 0])} for the first; got {json.dumps(key)}")
    return (key[0], tuple(key[1])), key[2]


def _check_submission(line: int, record: dict) -> tuple:
    _check_fields(line, record, SUBMISSION_FIELDS, "the submission")
    _check_strings(line, record["patterns"], "the submission field 'patterns'")
    _check_strings(line, record["failed_tags"], "the submission field 'failed_tags'")
    if hashlib.sha256(record["source"].encode("utf-8", "surrogatepass")).hexdigest() != record["source_sha256"]:
        raise Malformed(line, "the submission's source_sha256 is not the SHA-256 of its source")
    link = record["session"]
    if link is not None and not (len(link) == 3 and isinstance(link[0], str) and isinstance(link[1], list)
                                 and all(isinstance(p, str) for p in link[1]) and _is(link[2], _INT)):
        raise Malformed(line, "the submission's session should be null or a session's key [started_at, [problems], n]")
    base = [record["created_at"], record["problem"], record["source_sha256"]]
    key = record["key"]
    if not (len(key) == 4 and _is(key[3], _INT) and key[3] >= 0) or key[:3] != base:
        raise Malformed(line, f"the submission's key should be [created_at, problem, source_sha256, n], "
                              f"{json.dumps([*base, 0])} for the first; got {json.dumps(key)}")
    return tuple(base), key[3]


@dataclass
class Record:
    line: int
    data: dict
    base: tuple
    n: int


def parse(raw: bytes) -> tuple[dict, list[Record], list[Record]]:
    """The header, session records and submission records of an export; Malformed names the first bad line."""
    header: dict | None = None
    sessions: list[Record] = []
    submissions: list[Record] = []
    ordinals: dict[tuple, int] = {}
    last = 0
    for number, chunk in enumerate(raw.split(b"\n"), 1):
        if not chunk.strip():
            continue
        last = number
        try:
            value = json.loads(chunk.decode("utf-8"))
        except UnicodeDecodeError:
            raise Malformed(number, "it is not UTF-8 text") from None
        except json.JSONDecodeError as exc:
            raise Malformed(number, f"it is not JSON ({exc.msg} at column {exc.colno})") from None
        if not isinstance(value, dict):
            raise Malformed(number, "it should be a JSON object")
        if header is None:
            header = _check_header(number, value)
            continue
        kind = value.get("type")
        if kind == "session":
            base, n = _check_session(number, value)
            target = sessions
        elif kind == "submission":
            base, n = _check_submission(number, value)
            target = submissions
        else:
            raise Malformed(number, f"its type should be \"session\" or \"submission\", not {json.dumps(kind)}")
        expected = ordinals.get((kind, base), 0)
        if n != expected:
            raise Malformed(number, f"the {kind}'s key ends in {n} where {expected} was expected "
                                    "(n counts the earlier records with the same other key parts, from 0)")
        ordinals[(kind, base)] = n + 1
        target.append(Record(number, value, base, n))
    if header is None:
        raise Malformed(1, f"the file is empty; it should start with a {FORMAT} header line")
    counts = header["counts"]
    if (counts["sessions"], counts["submissions"]) != (len(sessions), len(submissions)):
        raise Malformed(last, f"the file ends early or was cut: the header promises {counts['sessions']} sessions "
                              f"and {counts['submissions']} submissions, the file holds {len(sessions)} and "
                              f"{len(submissions)}")
    return header, sessions, submissions


def _check_header(line: int, value: dict) -> dict:
    if value.get("format") != FORMAT:
        raise Malformed(line, f"the first line should be the header, with \"format\": \"{FORMAT}\"")
    version = value.get("version")
    if not _is(version, _INT):
        raise Malformed(line, "the header has no integer 'version'")
    if cast(int, version) > VERSION:  # checked just above
        raise Malformed(line, f"format version {version} was written by a newer drill-judge (this one reads "
                              f"up to {VERSION}); upgrade drill-judge to import it")
    counts = value.get("counts")
    if not (isinstance(counts, dict) and all(_is(counts.get(k), _INT) for k in ("sessions", "submissions"))):
        raise Malformed(line, "the header has no 'counts' of sessions and submissions")
    return value


# -- import ----------------------------------------------------------------
@dataclass
class Imported:
    file: str
    sessions_added: int
    submissions_added: int
    sessions_present: int
    submissions_present: int
    backup: str | None

    def to_json(self) -> dict:
        return {"file": self.file, "added": {"sessions": self.sessions_added, "submissions": self.submissions_added},
                "already_present": {"sessions": self.sessions_present, "submissions": self.submissions_present},
                "backup": self.backup}


def _read(source: str, stdin=None) -> bytes:
    if source == STDIO:
        return (stdin or sys.stdin.buffer).read()
    try:
        return Path(source).expanduser().read_bytes()
    except FileNotFoundError:
        raise UsageError(f"cannot import {source}: no such file", "give the path of a file `judge data export` "
                                                                  "wrote") from None
    except OSError as exc:
        raise UsageError(f"cannot import {source}: {exc.strerror or exc}", "give a readable file") from None


def _new_id(conn: sqlite3.Connection, table: str, wanted: int | None) -> int | None:
    """The exported id when it is above every id in ``table`` (ids keep the order records were made in)."""
    top = conn.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0]
    return wanted if isinstance(wanted, int) and not isinstance(wanted, bool) and wanted > top else None


def _existing_sessions(conn: sqlite3.Connection) -> dict[tuple, int]:
    """(started_at, problems, n) -> id for every session in the database."""
    problems: dict[int, list[str]] = {}
    for row in conn.execute("SELECT session_id, problem FROM session_problems ORDER BY session_id, position"):
        problems.setdefault(row[0], []).append(row[1])
    keys: dict[tuple, int] = {}
    seen: dict[tuple, int] = {}
    for sid, started in conn.execute("SELECT id, started_at FROM sessions ORDER BY id"):
        base = (started, tuple(problems.get(sid, [])))
        n = seen[base] = seen.get(base, -1) + 1
        keys[(*base, n)] = sid
    return keys


def _existing_submissions(conn: sqlite3.Connection) -> dict[tuple, int]:
    """(created_at, problem, source_sha256) -> how many the database holds."""
    held: dict[tuple, int] = {}
    for row in conn.execute("SELECT created_at, problem, source_sha256 FROM submissions"):
        held[tuple(row)] = held.get(tuple(row), 0) + 1
    return held


def _insert_session(conn: sqlite3.Connection, record: Record) -> int:
    s = record.data
    cursor = conn.execute(
        "INSERT INTO sessions (id, started_at, deadline, minutes, blind, adaptive, practice, workspace, options, "
        "ended_at, end_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (_new_id(conn, "sessions", s.get("id")), s["started_at"], s["deadline"], s["minutes"], int(s["blind"]),
         int(s["adaptive"]), int(s["practice"]), s["workspace"], json.dumps(s["options"]), s["ended_at"],
         s["end_reason"]))
    sid = cursor.lastrowid
    assert sid is not None  # set by the INSERT just made
    conn.executemany(
        "INSERT INTO session_problems (session_id, position, problem, title, patterns, difficulty, file_path) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(sid, p["position"], p["problem"], p["title"], json.dumps(p["patterns"]), p["difficulty"], p["file_path"])
         for p in s["problems"]])
    conn.executemany("INSERT OR IGNORE INTO session_warnings (session_id, minutes, shown_at) VALUES (?, ?, ?)",
                     [(sid, w["minutes"], w["shown_at"]) for w in s["warnings"]])
    conn.executemany("INSERT OR IGNORE INTO reviews (session_id, pattern, rating, reviewed_at, reason) "
                     "VALUES (?, ?, ?, ?, ?)",
                     [(sid, r["pattern"], r["rating"], r["reviewed_at"], r["reason"]) for r in s["reviews"]])
    conn.executemany("INSERT OR IGNORE INTO hints (session_id, problem, hint, shown_at) VALUES (?, ?, ?, ?)",
                     [(sid, h["problem"], h["hint"], h["shown_at"]) for h in s["hints"]])
    conn.executemany("INSERT OR IGNORE INTO plans (session_id, problem, patterns, time, space, planned_at, "
                     "pattern_recognised, time_vs_target, space_vs_target) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     [(sid, p["problem"], json.dumps(p["patterns"]), p["time"], p["space"], p["planned_at"],
                       int(p["pattern_recognised"]), p["time_vs_target"], p["space_vs_target"]) for p in s["plans"]])
    return sid


def _insert_submission(conn: sqlite3.Connection, record: Record, session_id: int | None) -> None:
    r = record.data
    conn.execute(
        "INSERT INTO submissions (id, created_at, problem, patterns, difficulty, file_path, source_sha256, source, "
        "mode, verdict, passed, total, elapsed_s, failed_tags, report, session_id, late, submitted_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (_new_id(conn, "submissions", r.get("id")), r["created_at"], r["problem"], json.dumps(r["patterns"]),
         r["difficulty"], r["file_path"], r["source_sha256"], r["source"], r["mode"], r["verdict"], r["passed"],
         r["total"], r["elapsed_s"], json.dumps(r["failed_tags"]), json.dumps(r["report"]), session_id,
         int(r["late"]), r["submitted_at"]))


def _adds_anything(conn: sqlite3.Connection, sessions: list[Record], submissions: list[Record]) -> bool:
    present, held = _existing_sessions(conn), _existing_submissions(conn)
    return (any((*r.base, r.n) not in present for r in sessions)
            or any(r.n >= held.get(r.base, 0) for r in submissions))


def merge(conn: sqlite3.Connection, sessions: list[Record], submissions: list[Record]) -> tuple[int, int]:
    """Add the records whose keys the database lacks, in one transaction; (sessions, submissions) added."""
    added_sessions = added_submissions = 0
    with transaction(conn):
        present = _existing_sessions(conn)
        ids: dict[tuple, int] = {}  # (started_at, problems, n) -> id here, for the submissions' links
        for record in sessions:
            key = (*record.base, record.n)
            if key in present:
                ids[key] = present[key]
                continue
            if record.data["ended_at"] is None:
                row = conn.execute("SELECT id, started_at FROM sessions WHERE ended_at IS NULL").fetchone()
                if row is not None:
                    raise Malformed(record.line, f"the session started at {record.data['started_at']} is still "
                                                 f"open, and so is session {row[0]} here (started {row[1]}); "
                                                 "only one can be open")
            try:
                ids[key] = present[key] = _insert_session(conn, record)
            except sqlite3.IntegrityError as exc:
                raise Malformed(record.line, f"the session cannot be stored ({exc})") from None
            added_sessions += 1
        held = _existing_submissions(conn)
        for record in submissions:
            if record.n < held.get(record.base, 0):
                continue
            link = record.data["session"]
            session_id = None
            if link is not None:
                key = (link[0], tuple(link[1]), link[2])
                session_id = ids.get(key, present.get(key))
                if session_id is None:
                    raise Malformed(record.line, f"its session {json.dumps(link)} is neither in the file "
                                                 "nor in the database")
            try:
                _insert_submission(conn, record, session_id)
            except sqlite3.IntegrityError as exc:
                raise Malformed(record.line, f"the submission cannot be stored ({exc})") from None
            held[record.base] = held.get(record.base, 0) + 1
            added_submissions += 1
    return added_sessions, added_submissions


def import_file(source: str, stdin=None) -> Imported:
    """`judge data import FILE`: check the whole file, back the database up, then merge it in one transaction."""
    from judge.store.backup import holds_data, make_backup
    from judge.store.db import connect

    name = "standard input" if source == STDIO else source
    fix = "nothing was imported; fix that line, or export the data again with `judge data export`"
    raw = _read(source, stdin)
    try:
        _, sessions, submissions = parse(raw)
    except Malformed as exc:
        raise UsageError(f"cannot import {name}: line {exc.line}: {exc.what}", fix) from None
    conn = connect()
    try:
        backup = None
        if holds_data(conn) and _adds_anything(conn, sessions, submissions):
            backup = make_backup(conn)  # `judge data restore` undoes the import
        try:
            added = merge(conn, sessions, submissions)
        except Malformed as exc:
            raise UsageError(f"cannot import {name}: line {exc.line}: {exc.what}", fix) from None
    finally:
        conn.close()
    return Imported(name, added[0], added[1], len(sessions) - added[0], len(submissions) - added[1],
                    None if backup is None else str(backup))
