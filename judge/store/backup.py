"""Rolling backups of the judge's database, the integrity check, and restoring a backup.

Backups are whole copies made with SQLite's online backup API
(``sqlite3.Connection.backup``), so each is a consistent snapshot even while
another command writes.  The copy is written to a temporary file beside the
backups, checked with ``PRAGMA quick_check`` (a damaged database is never
kept as a backup) and only then renamed into place, so a backup file is
always whole.  Backups live in ``<data dir>/backups`` as
``judge-YYYYMMDDTHHMMSSZ.db`` (UTC; ``-2``, ``-3`` ... when two fall in one
second), are plain single-file SQLite databases (rollback journal, not WAL),
and the newest ``KEEP`` are kept.

One is made at every ``judge end`` (judge.sessions.lifecycle.end), by ``judge
data backup``, before ``judge data import``, and by the first command that
opens the database when the newest backup is more than a day old
(``backup_if_due``, called by judge.store.db.connect).

Restoring never deletes anything: the current database (with its ``-wal``
and ``-shm`` files) is kept aside as ``judge.db.damaged-STAMP`` or
``judge.db.replaced-STAMP``, and the backup's copy takes its place in one
rename.  Checks open files read-only, so looking at a damaged file never
changes it.
"""

from __future__ import annotations

import fcntl
import os
import re
import sqlite3
import stat
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from judge import clock
from judge.errors import DamagedData, EnvironmentProblem, UsageError
from judge.paths import data_dir

KEEP = 7
DAILY = timedelta(hours=24)
BACKUPS_DIRNAME = "backups"
_NAME = re.compile(r"^judge-(\d{8}T\d{6}Z)(?:-(\d+))?\.db$")
_STAMP = "%Y%m%dT%H%M%SZ"


def backups_dir() -> Path:
    """Where the backups are kept (created when the first is made)."""
    return data_dir() / BACKUPS_DIRNAME


@dataclass(frozen=True)
class Backup:
    path: Path
    created_at: datetime  # UTC, from the name
    seq: int

    @property
    def order(self) -> tuple[datetime, int]:
        return (self.created_at, self.seq)


def list_backups(directory: Path | None = None) -> list[Backup]:
    """The backups, newest first (by the UTC time in their names)."""
    directory = directory or backups_dir()
    found = []
    try:
        entries = list(os.scandir(directory))
    except (FileNotFoundError, NotADirectoryError):
        return []
    for entry in entries:
        match = _NAME.match(entry.name)
        if match and entry.is_file():
            created = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
            found.append(Backup(Path(entry.path), created, int(match.group(2) or 1)))
    return sorted(found, key=lambda b: b.order, reverse=True)


# -- checking --------------------------------------------------------------
def _uri(path: Path, mode: str = "rw") -> str:
    return f"{Path(path).resolve().as_uri()}?mode={mode}"


def open_existing(path: Path) -> sqlite3.Connection:
    """A read-only connection to an existing file, with none of the judge's set-up.

    Read-only, so looking at a damaged file never changes it: SQLite neither
    checkpoints a write-ahead log into it nor deletes the log on close.
    """
    if not Path(path).is_file():
        raise FileNotFoundError(path)
    conn = sqlite3.connect(_uri(path, "ro"), uri=True, timeout=30, isolation_level=None)
    conn.row_factory = sqlite3.Row
    return conn


def check_file(path: Path, full: bool = True, judge_schema: bool = False) -> list[str]:
    """What is wrong with the SQLite file at ``path``: [] when it passes.

    ``full``: ``PRAGMA integrity_check`` (every page, index and constraint);
    otherwise ``quick_check``.  ``judge_schema``: also require a judge's
    database of a schema this judge can open.  An empty file fails: SQLite
    would take it for a new database, but nothing makes one empty on purpose.
    """
    from judge.store.db import MIGRATIONS, is_damage

    path = Path(path)
    if path.stat().st_size == 0:
        return ["the file is empty"]
    try:
        conn = open_existing(path)
        try:
            rows = conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
            problems = [str(r[0]) for r in rows if r[0] != "ok"]
            if not problems and judge_schema:
                tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                if "submissions" not in tables:
                    problems.append("it is not a drill-judge database (no submissions table)")
                elif version > len(MIGRATIONS):
                    problems.append(f"it has schema version {version}, made by a newer drill-judge "
                                    f"(this one knows up to {len(MIGRATIONS)})")
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            return [str(exc)]
        raise
    return problems


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """How many sessions and submissions a judge's database holds (0 for a table it lacks)."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return {name: (conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0] if name in tables else 0)
            for name in ("sessions", "submissions")}


def file_counts(path: Path) -> dict[str, int]:
    conn = open_existing(path)
    try:
        return counts(conn)
    finally:
        conn.close()


def check_database() -> dict:
    """`judge data check`: the user's database under ``PRAGMA integrity_check``, and the backups at hand."""
    from judge.store.db import database_path

    path = database_path()
    backups = list_backups()
    data = {"database": str(path), "exists": path.exists(), "ok": True, "problems": [], "sessions": None,
            "submissions": None, "backups": [str(b.path) for b in backups],
            "newest_backup_at": backups[0].created_at.isoformat() if backups else None}
    if not data["exists"]:
        return data
    data["problems"] = check_file(path, full=True)
    data["ok"] = not data["problems"]
    if data["ok"]:
        data.update(file_counts(path))
    return data


# -- making backups --------------------------------------------------------
@contextmanager
def _locked(directory: Path, wait: bool = True):
    """One backup (or restore) at a time across processes; yields False when ``wait`` is off and it is busy."""
    directory.mkdir(parents=True, exist_ok=True)
    with open(directory / ".lock", "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _source_path(conn: sqlite3.Connection) -> Path:
    return Path(conn.execute("PRAGMA database_list").fetchone()[2])


def copy_checked(source: sqlite3.Connection, directory: Path, source_path: Path) -> Path:
    """A consistent copy of ``source`` in a temporary file in ``directory``, checked; its path.

    The copy is a single-file database (rollback journal).  Raises DamagedData
    (and leaves no file) when the copy fails ``PRAGMA quick_check``: the
    source is damaged.
    """
    import tempfile

    from judge.store.db import damaged_error, is_damage

    fd, name = tempfile.mkstemp(dir=directory, prefix=".tmp-", suffix=".db")
    os.close(fd)
    tmp = Path(name)
    try:
        target = sqlite3.connect(str(tmp), isolation_level=None)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
            problems = [str(r[0]) for r in target.execute("PRAGMA quick_check").fetchall() if r[0] != "ok"]
        finally:
            target.close()
        if problems:
            raise damaged_error(source_path, problems[0])
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
    except sqlite3.DatabaseError as exc:
        tmp.unlink(missing_ok=True)
        if is_damage(exc):
            raise damaged_error(source_path, str(exc)) from None
        raise
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def _free_name(directory: Path, now: datetime) -> Path:
    stamp = now.astimezone(UTC).strftime(_STAMP)
    path, seq = directory / f"judge-{stamp}.db", 1
    while path.exists():
        seq += 1
        path = directory / f"judge-{stamp}-{seq}.db"
    return path


def rotate(directory: Path, keep: int = KEEP, protect: Path | None = None) -> list[Path]:
    """Delete all but the ``keep`` newest backups (never ``protect``, the one just made); the deleted."""
    backups = list_backups(directory)
    kept = [b for b in backups if b.path == protect][:1]
    kept += [b for b in backups if b.path != protect][:keep - len(kept)]
    removed = []
    for backup in backups:
        if backup not in kept:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def make_backup(conn: sqlite3.Connection, now: datetime | None = None, directory: Path | None = None,
                wait: bool = True) -> Path | None:
    """Back up the database ``conn`` is open on, keep the newest KEEP; the new backup's path.

    None only when ``wait`` is off and another process is making one.  Raises
    DamagedData when the database is damaged (nothing is kept then).
    """
    directory = directory or backups_dir()
    with _locked(directory, wait) as locked:
        if not locked:
            return None
        tmp = copy_checked(conn, directory, _source_path(conn))
        try:
            final = _free_name(directory, now or clock.now())
            os.replace(tmp, final)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        _fsync_dir(directory)
        rotate(directory, KEEP, protect=final)
    return final


def holds_data(conn: sqlite3.Connection) -> bool:
    return any(conn.execute(f"SELECT EXISTS (SELECT 1 FROM {t})").fetchone()[0] for t in ("sessions", "submissions"))


def backup_if_due(conn: sqlite3.Connection, now: datetime | None = None) -> Path | None:
    """The daily backup: made when the database holds something and the newest backup is over a day old.

    Skipped when another process is making one; a failure to write (disk
    full, read-only data dir) is left for the next command to retry and for
    `judge data backup` to report.  A damaged database raises DamagedData.
    """
    now = now or clock.now()
    backups = list_backups()
    if backups and now - backups[0].created_at < DAILY:
        return None
    if not holds_data(conn):
        return None
    try:
        return make_backup(conn, now, wait=False)
    except DamagedData:
        raise
    except (OSError, sqlite3.OperationalError):
        return None


def keep_backup(conn: sqlite3.Connection, now: datetime | None = None) -> Path | None:
    """The backup at `judge end`: made if it can be, never failing the command (None when it was not)."""
    try:
        return make_backup(conn, now)
    except (DamagedData, OSError, sqlite3.Error):
        return None


def backup_now() -> Path:
    """`judge data backup`: back up the user's database now."""
    from judge.store.db import connect, database_path

    path = database_path()
    if not path.exists():
        raise UsageError(f"there is no database at {path} yet, so nothing to back up",
                         "it is created by the first `judge start` or `judge submit`")
    conn = connect(daily_backup=False)  # the one made here is the backup
    try:
        made = make_backup(conn)
        assert made is not None  # wait=True: make_backup waits for the lock, so it always makes one
        return made
    except OSError as exc:
        raise _cannot_write(backups_dir(), exc) from None
    finally:
        conn.close()


def _cannot_write(directory: Path, exc: OSError) -> EnvironmentProblem:
    return EnvironmentProblem(f"cannot write in {directory}: {exc.strerror or exc}",
                              "check that directory's permissions and the free space on its disk")


# -- restoring -------------------------------------------------------------
@dataclass
class BackupInfo:
    path: Path
    created_at: str
    bytes: int
    ok: bool
    problems: list[str]
    sessions: int | None = None
    submissions: int | None = None

    def to_json(self) -> dict:
        return {"path": str(self.path), "created_at": self.created_at, "bytes": self.bytes, "ok": self.ok,
                "problems": self.problems, "sessions": self.sessions, "submissions": self.submissions}


def describe(path: Path, created_at: datetime | None = None) -> BackupInfo:
    """A backup, checked (``quick_check`` and the judge's schema), with what it holds."""
    problems = check_file(path, full=False, judge_schema=True)
    info = BackupInfo(Path(path), created_at.isoformat() if created_at else "", Path(path).stat().st_size,
                      not problems, problems)
    if info.ok:
        held = file_counts(path)
        info.sessions, info.submissions = held["sessions"], held["submissions"]
    return info


def backup_list() -> list[BackupInfo]:
    """`judge data restore --list`: every backup, newest first, checked."""
    return [describe(b.path, b.created_at) for b in list_backups()]


@dataclass
class Restored:
    database: Path
    backup: Path
    kept_aside: list[Path]  # the previous database and its -wal/-shm, renamed
    previous_damaged: bool
    sessions: int
    submissions: int
    skipped: list[BackupInfo] = field(default_factory=list)  # newer backups that failed their check

    def to_json(self) -> dict:
        return {"database": str(self.database), "backup": str(self.backup),
                "kept_aside": [str(p) for p in self.kept_aside], "previous_damaged": self.previous_damaged,
                "sessions": self.sessions, "submissions": self.submissions,
                "skipped": [s.to_json() for s in self.skipped]}


def _choose_backup(name: str | None) -> tuple[Path, list[BackupInfo]]:
    if name is not None:
        given = Path(name).expanduser()
        path = given if given.is_file() else backups_dir() / name
        if not path.is_file():
            raise UsageError(f"no backup file {name}", "give a path, or a name `judge data restore --list` shows")
        problems = check_file(path, full=True, judge_schema=True)
        if problems:
            raise DamagedData(f"the backup {path} cannot be restored: {problems[0]}",
                              "pick another; `judge data restore --list` shows which backups are sound")
        return path, []
    skipped: list[BackupInfo] = []
    for backup in list_backups():
        problems = check_file(backup.path, full=True, judge_schema=True)
        if not problems:
            return backup.path, skipped
        skipped.append(BackupInfo(backup.path, backup.created_at.isoformat(), backup.path.stat().st_size, False,
                                  problems))
    if skipped:
        raise DamagedData(f"none of the {len(skipped)} backups in {backups_dir()} passes the integrity check",
                          "move the damaged database away to start afresh, or restore a copy of your own with "
                          "`judge data restore FILE`")
    raise UsageError(f"there are no backups in {backups_dir()} yet",
                     "backups are made at each `judge end` and daily; to start afresh, move the database away")


def _aside_name(path: Path, label: str, now: datetime) -> Path:
    stamp = now.strftime(_STAMP)
    candidate, n = path.with_name(f"{path.name}.{label}-{stamp}"), 1
    while any(Path(f"{candidate}{s}").exists() for s in ("", "-wal", "-shm")):
        n += 1
        candidate = path.with_name(f"{path.name}.{label}-{stamp}-{n}")
    return candidate


def _mode_for(database: Path) -> int:
    """The restored file's permissions: the current file's, else what a new file gets under the umask."""
    try:
        return stat.S_IMODE(database.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def restore(name: str | None = None, now: datetime | None = None) -> Restored:
    """`judge data restore [BACKUP]`: put a sound backup (default: the newest sound one) in the database's place."""
    from judge.store.db import database_path

    now = now or clock.now()
    database = database_path()
    try:
        return _restore(database, backups_dir(), name, now)
    except OSError as exc:
        raise _cannot_write(database.parent, exc) from None


def _restore(database: Path, directory: Path, name: str | None, now: datetime) -> Restored:
    from judge.store.db import connect

    with _locked(directory):
        chosen, skipped = _choose_backup(name)
        source = open_existing(chosen)
        try:
            tmp = copy_checked(source, database.parent, chosen)
        finally:
            source.close()
        kept: list[Path] = []
        damaged = False
        try:
            os.chmod(tmp, _mode_for(database))
            if database.exists():
                damaged = bool(check_file(database, full=False))
                aside = _aside_name(database, "damaged" if damaged else "replaced", now)
                # The file moves with its write-ahead log, which may hold its last transactions: the set
                # stays openable, and no log is left beside the new file to be replayed into it.
                for suffix in ("-wal", "-shm"):
                    companion = Path(f"{database}{suffix}")
                    if companion.exists():
                        os.replace(companion, f"{aside}{suffix}")
                        kept.append(Path(f"{aside}{suffix}"))
                try:
                    os.link(database, aside)  # the old file stays reachable under its new name ...
                except OSError:
                    os.replace(database, aside)
                kept.insert(0, aside)
            os.replace(tmp, database)  # ... while the copy takes its place in one step
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        _fsync_dir(database.parent)
    conn = connect(daily_backup=False)  # migrated, if the backup is older than this judge
    try:
        held = counts(conn)
    finally:
        conn.close()
    return Restored(database, chosen, kept, damaged, held["sessions"], held["submissions"], skipped)
