"""`judge report`: one self-contained HTML file of charts and scorecards, from the store via judge.stats.

The page has no script and loads nothing: every chart is an inline SVG drawn by matplotlib
(judge.stats.charts), the style sheet is inline, and every text is HTML-escaped.  It lives here, among the
sessions, because it needs both the statistics and the sessions' scorecards.
"""

from __future__ import annotations

import html
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from judge import clock
from judge.errors import UsageError
from judge.sessions.lifecycle import history
from judge.sessions.scorecard import scorecard
from judge.stats import charts
from judge.stats.coverage import Catalogue
from judge.stats.history import weakness_history
from judge.stats.pictures import daily_submissions, local_day
from judge.stats.report import stats_json

SESSIONS_SHOWN = 5
CHART_IDS = ("weakness-over-time", "time-to-accept", "verdict-mix", "calendar", "retrievability", "target-share")

STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem auto; max-width: 62rem;
       padding: 0 1rem; color: #1b1b1b; background: #ffffff; line-height: 1.45; }
h1 { margin-bottom: 0.2rem; } h2 { margin-top: 2.2rem; border-bottom: 1px solid #dddddd; }
.meta, .note { color: #555555; } .chart svg { max-width: 100%; height: auto; }
table { border-collapse: collapse; margin: 0.6rem 0 1.2rem; font-size: 0.92rem; }
th, td { border: 1px solid #dddddd; padding: 0.25rem 0.6rem; text-align: left; vertical-align: top; }
th { background: #f3f5f7; } .yes { color: #2e7d32; } .no { color: #c62828; }
"""


@dataclass
class Written:
    """What `judge report` wrote, for its output and --json."""

    path: Path
    charts: list[str] = field(default_factory=list)  # the ids of the charts drawn (others had no data yet)
    patterns: int = 0  # practised patterns
    sessions: int = 0  # scorecards shown
    submissions: int = 0

    def to_json(self) -> dict:
        return {"path": str(self.path), "charts": self.charts, "patterns": self.patterns, "sessions": self.sessions,
                "submissions": self.submissions}


def _e(value) -> str:
    return html.escape(str(value), quote=True)


def _section(title: str, chart_id: str, svg: str | None, caption: str, empty: str) -> str:
    body = f'<div class="chart" id="{chart_id}">{svg}</div>' if svg else f'<p class="note">{_e(empty)}</p>'
    return f"<section><h2>{_e(title)}</h2>{body}<p class=\"note\">{_e(caption)}</p></section>"


def _due_text(pattern: dict) -> str:
    if pattern["review_due"]:
        return "due now"
    return f"due {pattern['next_review_due'][:10]}"


def _charts(conn: sqlite3.Connection | None, data: dict, now: datetime) -> dict[str, str | None]:
    patterns = data["patterns"]
    drawn: dict[str, str | None] = dict.fromkeys(CHART_IDS)
    points = weakness_history(conn, now) if conn is not None else []
    if points:
        weakest = [p["pattern"] for p in patterns[:charts.MAX_LINES]]
        drawn["weakness-over-time"] = charts.weakness_over_time(
            [p.day for p in points], {name: [p.scores.get(name) for p in points] for name in weakest})
    times = {p["pattern"]: p["times_to_accept_s"] for p in patterns if p["times_to_accept_s"]}
    if times:
        drawn["time-to-accept"] = charts.time_to_accept(times)
    if patterns:
        drawn["verdict-mix"] = charts.verdict_mix({p["pattern"]: p["verdicts"] for p in patterns})
    days = daily_submissions(conn) if conn is not None else {}
    drawn["calendar"] = charts.calendar(days, local_day(now))
    recall = {p["pattern"]: (p["retrievability"], _due_text(p)) for p in patterns if p["retrievability"] is not None}
    if recall:
        drawn["retrievability"] = charts.retrievability(recall)
    shares = {p["pattern"]: (p["target_complexity_share"], p["complexity_measured"]) for p in patterns
              if p["target_complexity_share"] is not None}
    if shares:
        drawn["target-share"] = charts.target_share(shares)
    return drawn


def _mark(value: bool | None, yes: str = "yes", no: str = "no") -> str:
    if value is None:
        return "-"
    return f'<span class="yes">{yes}</span>' if value else f'<span class="no">{no}</span>'


def _scorecards(sessions: list[dict]) -> str:
    if not sessions:
        return ('<p class="note">No closed session yet: <code>judge start</code>, then <code>judge end</code>, makes '
                'the first scorecard.</p>')
    parts = []
    for session in sessions:
        card = scorecard(session["problems"])
        overall = card["overall"]
        n = overall["problems"]
        started = clock.parse(session["started_at"]).astimezone().strftime("%Y-%m-%d %H:%M %Z")
        parts.append(
            f"<h3>Session {_e(session['session_id'])}, {_e(started)}, {_e(session['minutes'])} minutes</h3>"
            f"<p>Solved in time {overall['solved_in_time']}/{n}, optimal {overall['optimal']}/{n}, on pace "
            f"{overall['on_pace']}/{n}, planned {overall['planned']}/{n} (pattern recognised "
            f"{overall['patterns_recognised']}, claim confirmed {overall['claims_confirmed']}), hints used "
            f"{overall['hints_used']}.</p>")
        rows = []
        for problem in card["problems"]:
            split = problem["time"]["split_s"]
            plan = problem["plan"]
            rows.append(
                f"<tr><td>{_e(problem['problem'])}</td>"
                f"<td>{_mark(problem['correctness']['solved_in_time'])}</td>"
                f"<td>{_e(problem['correctness']['attempts'])}</td>"
                f"<td>{_e(clock.clock_text(split))} / {_e(clock.clock_text(problem['time']['pace_s']))}</td>"
                f"<td>{_e(problem['efficiency'] or '-')}</td>"
                f"<td>{_mark(plan['pattern_recognised'] if plan else None, 'recognised', 'missed')}</td>"
                f"<td>{_e(problem['claim'] or '-')}</td>"
                f"<td>{_e(problem['hints_used'])}</td>"
                f"<td>{_e('-' if problem['test_strength'] is None else format(problem['test_strength'], '.0%'))}"
                "</td></tr>")
        parts.append("<table><tr><th>problem</th><th>solved in time</th><th>submissions</th><th>split / pace</th>"
                     "<th>efficiency</th><th>pattern</th><th>time claim</th><th>hints</th><th>test strength</th></tr>"
                     + "".join(rows) + "</table>")
    return "".join(parts)


def _never_practised(data: dict) -> str:
    untried = data.get("never_practised") or []
    if not untried:
        return ""
    rows = "".join(f"<tr><td>{_e(u['pattern'])}</td><td>{_e(u['problems'])}</td></tr>" for u in untried)
    return ("<section><h2>Never practised</h2><table><tr><th>pattern</th><th>problems waiting</th></tr>"
            f"{rows}</table></section>")


def render_report(conn: sqlite3.Connection | None, now: datetime, catalogue: Catalogue) -> tuple[str, Written]:
    """The page and what it holds (Written.path left empty); ``conn`` None: no database yet."""
    data = stats_json(conn, now, catalogue=catalogue)
    drawn = _charts(conn, data, now)
    closed = [s for s in (history(conn, SESSIONS_SHOWN + 1) if conn is not None else []) if not s["active"]]
    closed = closed[:SESSIONS_SHOWN]
    generated = now.astimezone().strftime("%Y-%m-%d %H:%M %Z")
    advice = data["recommendation"]["sentence"] if data["recommendation"] else data["message"] or ""
    pace = charts.PACE_MIN
    sections = [
        _section("Weakness per pattern over time", "weakness-over-time", drawn["weakness-over-time"],
                 f"As judge stats would have ranked them at the end of each day with practice (the "
                 f"{charts.MAX_LINES} weakest now); 0 is strong, 1 weak (docs/stats.md).",
                 "No submissions yet."),
        _section("Time to accept per pattern", "time-to-accept", drawn["time-to-accept"],
                 f"Minutes from a session's start to each in-time accept; the dashed line is the {pace}-minute "
                 "pace of two mediums in an hour.", "No accept in a timed session yet."),
        _section("Verdict mix", "verdict-mix", drawn["verdict-mix"],
                 "Every recorded submission of each pattern, by verdict.", "No submissions yet."),
        _section("Practice calendar", "calendar", drawn["calendar"],
                 "The last 26 weeks, a column a week; your local days.", ""),
        _section("FSRS retrievability and due dates", "retrievability", drawn["retrievability"],
                 "FSRS's predicted chance of solving each pattern now, and when its next review is due; red "
                 "below 80%.", "No review yet: a pattern gets one when a session drilling it closes."),
        _section("Accepted at the target complexity", "target-share", drawn["target-share"],
                 "Among accepted submissions whose complexity report decided optimal or suboptimal.",
                 "No complexity report yet."),
    ]
    page = (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<title>drill-judge progress report, {_e(generated)}</title><style>{STYLE}</style></head><body>"
        f"<h1>drill-judge progress report</h1><p class=\"meta\">Made {_e(generated)} by judge report. "
        f"{_e(data['coverage']['sentence'].capitalize())}.</p><p><strong>{_e(advice)}</strong></p>"
        + "".join(sections)
        + f"<section><h2>Last sessions' scorecards</h2>{_scorecards(closed)}</section>"
        + _never_practised(data)
        + "</body></html>\n")
    written = Written(Path(), charts=[k for k, v in drawn.items() if v], patterns=len(data["patterns"]),
                      sessions=len(closed), submissions=sum(p["submissions"] for p in data["patterns"]))
    return page, written


def write_report(conn: sqlite3.Connection | None, now: datetime, catalogue: Catalogue, out: Path) -> Written:
    """Render the report and write it to ``out`` (its directory must exist)."""
    if out.is_dir():
        raise UsageError(f"{out} is a directory", "give --out a file name, such as report.html")
    if not out.parent.is_dir():
        raise UsageError(f"{out.parent}: no such directory", "create it, or write the report elsewhere with --out")
    page, written = render_report(conn, now, catalogue)
    out.write_text(page, encoding="utf-8")
    written.path = out.resolve()
    return written
