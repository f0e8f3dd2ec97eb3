"""The session clock: UTC wall-clock time, read fresh on every call.

Deadlines are stored as UTC ISO 8601 wall-clock times and every remaining time
is computed from ``datetime.now(timezone.utc)``, so the clock survives across
separate commands and follows the system clock: moving it (``faketime``,
``date -s``, or time-machine inside a test) moves the session with it.
"""

from __future__ import annotations

from datetime import UTC, datetime


def now() -> datetime:
    """The current UTC time, to the second (stored times are to the second too)."""
    return datetime.now(UTC).replace(microsecond=0)


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def parse(text: str) -> datetime:
    """A stored UTC ISO time (naive values are taken as UTC)."""
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def seconds_between(start: str | datetime, end: str | datetime) -> int:
    start = parse(start) if isinstance(start, str) else start
    end = parse(end) if isinstance(end, str) else end
    return int((end - start).total_seconds())


def clock_text(seconds: float | None) -> str:
    """A duration as m:ss or h:mm:ss (negative durations get a minus sign); '-' for None."""
    if seconds is None:
        return "-"
    sign = "-" if seconds < 0 else ""
    total = int(abs(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours}:{minutes:02d}:{secs:02d}" if hours else f"{sign}{minutes}:{secs:02d}"


def local_text(moment: str | datetime) -> str:
    """A stored time as the user's local wall-clock time, for people (never stored)."""
    moment = parse(moment) if isinstance(moment, str) else moment
    return moment.astimezone().strftime("%H:%M:%S %Z").strip()


def local_is_utc(moment: datetime | None = None) -> bool:
    """Whether the local time zone (TZ, else the system's) is UTC at ``moment``."""
    moment = moment or datetime.now(UTC)
    offset = moment.astimezone().utcoffset()
    return offset is not None and offset.total_seconds() == 0


def deadline_text(moment: str | datetime) -> str:
    """A deadline for people: local wall-clock time, with UTC beside it when they differ."""
    moment = parse(moment) if isinstance(moment, str) else moment
    if local_is_utc(moment):
        return f"{moment.strftime('%H:%M:%S')} UTC"
    return f"{local_text(moment)} ({moment.astimezone(UTC).strftime('%H:%M:%S')} UTC)"


UTC_ZONE_NOTE = ("times are shown in UTC, this machine's time zone; TZ=Area/City (TZ=Europe/Paris, say) shows "
                 "them in yours")
