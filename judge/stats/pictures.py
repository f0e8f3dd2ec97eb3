"""Pictures of progress for the terminal: a practice calendar and a weakness bar per pattern.

Drawn with characters only: on a terminal with colour, cells and bars are coloured with 256-colour escapes;
without (NO_COLOR, or the caller says so), shading characters carry the same levels.  `judge stats` prints
them only on a terminal, never when piped or with --json.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta

from judge.clock import parse
from judge.store.practice import submission_times

CALENDAR_WEEKS = 26
SHADES = "·░▒▓█"  # no submission, then four levels of a day's count against the busiest day
GREENS = (238, 22, 28, 34, 46)  # the same five levels in colour (256-colour palette)
RESET = "\x1b[0m"
BAR_WIDTH = 30
EIGHTHS = " ▏▎▍▌▋▊▉"
WEEKDAY_LABELS = {0: "Mon", 2: "Wed", 4: "Fri"}


def local_day(moment: str | datetime) -> date:
    """The user's local calendar day of a stored UTC time."""
    return (parse(moment) if isinstance(moment, str) else moment).astimezone().date()


def daily_counts(times: list[str]) -> dict[date, int]:
    counts: dict[date, int] = {}
    for at in times:
        day = local_day(at)
        counts[day] = counts.get(day, 0) + 1
    return counts


def daily_submissions(conn: sqlite3.Connection) -> dict[date, int]:
    """Submissions per local day, over the whole history."""
    return daily_counts(submission_times(conn))


def level(count: int, busiest: int) -> int:
    """0 for no submission, else 1 to 4 by the day's share of the busiest day's count."""
    if count <= 0 or busiest <= 0:
        return 0
    return min(4, max(1, -(-4 * count // busiest)))


def _cell(value: int, color: bool) -> str:
    return f"\x1b[38;5;{GREENS[value]}m■{RESET}" if color else SHADES[value]


def calendar_start(today: date, weeks: int = CALENDAR_WEEKS) -> date:
    """The Monday the calendar begins on: ``weeks`` columns, the last one the current week."""
    return today - timedelta(days=today.weekday(), weeks=weeks - 1)


def streaks(counts: dict[date, int], today: date) -> tuple[int, int]:
    """(the current run of days with a submission, ending today or yesterday; the longest run ever)."""
    days = sorted(d for d, n in counts.items() if n > 0)
    longest = run = 0
    previous = None
    for day in days:
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        longest, previous = max(longest, run), day
    current = run if previous is not None and (today - previous).days <= 1 else 0
    return current, longest


def calendar_lines(counts: dict[date, int], today: date, color: bool, weeks: int = CALENDAR_WEEKS) -> list[str]:
    """Weeks as columns (oldest left), weekdays as rows, a month name above the week it begins in."""
    start = calendar_start(today, weeks)
    shown = {d: n for d, n in counts.items() if start <= d <= today and n > 0}
    busiest = max(shown.values(), default=0)
    months = [" "] * (2 * weeks + 2)
    for week in range(weeks):
        first = start + timedelta(weeks=week)
        if week == 0 or first.month != (first - timedelta(weeks=1)).month:
            label = first.strftime("%b")
            if all(c == " " for c in months[2 * week:2 * week + 4]):
                months[2 * week:2 * week + 3] = label
    lines = ["    " + "".join(months).rstrip()]
    for weekday in range(7):
        cells = []
        for week in range(weeks):
            day = start + timedelta(weeks=week, days=weekday)
            cells.append(" " if day > today else _cell(level(shown.get(day, 0), busiest), color))
        lines.append(f"{WEEKDAY_LABELS.get(weekday, ''):<4}" + " ".join(cells).rstrip())
    legend = " ".join(_cell(v, color) for v in range(5))
    current, longest = streaks(counts, today)
    total = sum(shown.values())
    lines.append(f"    less {legend} more   {total} submission(s) on {len(shown)} day(s) in {weeks} weeks; "
                 f"streak {current} day(s), longest {longest}")
    return lines


def bar(value: float, width: int = BAR_WIDTH) -> str:
    """``value`` in [0, 1] as a bar of ``width`` cells, to an eighth of a cell."""
    eighths = round(max(0.0, min(1.0, value)) * width * 8)
    full, part = divmod(eighths, 8)
    return ("█" * full + (EIGHTHS[part] if part else "")).ljust(width)


def _bar_color(score: float) -> int:
    return 196 if score >= 0.6 else 214 if score >= 0.4 else 34


def weakness_lines(patterns: list[dict], color: bool, width: int = BAR_WIDTH) -> list[str]:
    """One bar per practised pattern, weakest first, its score after it."""
    if not patterns:
        return []
    name_width = max(len(p["pattern"]) for p in patterns)
    lines = []
    for p in patterns:
        drawn = bar(p["weakness_score"], width)
        if color:
            drawn = f"\x1b[38;5;{_bar_color(p['weakness_score'])}m{drawn}{RESET}"
        lines.append(f"  {p['pattern']:<{name_width}}  {drawn}  {p['weakness_score']:.2f}")
    return lines


def pictures_text(data: dict, counts: dict[date, int], now: datetime, color: bool) -> str:
    """What `judge stats` adds on a terminal: the calendar, then the weakness bars of the patterns shown."""
    lines = ["", f"Practice calendar, the last {CALENDAR_WEEKS} weeks (submissions per day):"]
    lines += calendar_lines(counts, local_day(now), color)
    bars = weakness_lines(data["patterns"], color)
    if bars:
        lines += ["", "Weakness per pattern (0 strong, 1 weak; docs/stats.md):", *bars]
    return "\n".join(lines)
