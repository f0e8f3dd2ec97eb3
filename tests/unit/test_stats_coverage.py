"""judge stats: every installed pattern (the never practised ones too), the coverage line, and on a terminal
the practice calendar and the weakness bars. The history is recorded through the store into real SQLite."""

from __future__ import annotations

import json
import os
import pty
import re
import select
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import time_machine
from click.testing import CliRunner

from judge import clock
from judge.cli import cli
from judge.packs.loader import all_problems
from judge.stats.coverage import coverage, untried_patterns
from judge.stats.pictures import bar, calendar_lines, calendar_start, level, streaks, weakness_lines
from judge.stats.report import stats_json, stats_text
from judge.store.db import connect
from test_sessions_support import PAST, fake_problem, record

ESCAPE = re.compile(r"\x1b\[")
TWO_SUM = fake_problem("two-sum-ii", ["two-pointers"])
KOKO = fake_problem("koko-eating-bananas", ["binary-search-on-answer"])
CATALOGUE = {"two-sum-ii": ("two-pointers",), "three-sum": ("two-pointers",), "koko-eating-bananas":
             ("binary-search-on-answer",), "heap-one": ("heap",), "heap-two": ("heap", "two-pointers")}


def practise(conn):
    """Three days of practice on two patterns, recorded through the store."""
    for day, verdict, problem in ((0, "wrong_answer", TWO_SUM), (0, "accepted", TWO_SUM), (2, "accepted", KOKO),
                                  (3, "time_limit", KOKO), (3, "time_limit", KOKO)):
        with time_machine.travel(PAST + timedelta(days=day, hours=1), tick=False):
            record(conn, verdict, problem)


def test_coverage_and_untried_patterns_follow_the_catalogue():
    cover = coverage(CATALOGUE, {"two-sum-ii", "gone-problem"}, {"two-pointers", "gone-pattern"})
    assert (cover.patterns_practised, cover.patterns, cover.problems_practised, cover.problems) == (1, 3, 1, 5)
    assert cover.sentence == "practised 1 of 3 patterns, 1 of 5 problems"
    untried = untried_patterns(CATALOGUE, {"two-pointers"})
    assert [(u.pattern, u.problems) for u in untried] == [("heap", 2), ("binary-search-on-answer", 1)]


def test_stats_json_lists_the_never_practised_patterns_and_the_coverage():
    conn = connect()
    practise(conn)
    data = stats_json(conn, PAST + timedelta(days=4), catalogue=CATALOGUE)
    assert {p["pattern"] for p in data["patterns"]} == {"two-pointers", "binary-search-on-answer"}
    assert data["never_practised"] == [{"pattern": "heap", "problems": 2}]
    assert data["coverage"]["sentence"] == "practised 2 of 3 patterns, 2 of 5 problems"
    text = stats_text(data)
    assert re.search(r"^heap\s+never practised\s+2\s+judge start --pattern heap$", text, re.M)
    assert "Coverage: practised 2 of 3 patterns, 2 of 5 problems." in text
    only = stats_json(conn, PAST + timedelta(days=4), pattern="heap", catalogue=CATALOGUE)
    assert only["patterns"] == [] and only["never_practised"] == [{"pattern": "heap", "problems": 2}]


def test_judge_stats_lists_every_installed_pattern_before_anything_is_recorded(judge_home):
    result = CliRunner().invoke(cli, ["stats", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    installed = all_problems()
    patterns = {t for p in installed for t in p.patterns}
    assert {u["pattern"] for u in data["never_practised"]} == patterns
    assert sum(u["problems"] for u in data["never_practised"]) == sum(len(p.patterns) for p in installed)
    assert data["coverage"]["sentence"] == f"practised 0 of {len(patterns)} patterns, 0 of {len(installed)} problems"
    assert not (judge_home / "judge.db").exists()  # a reading command on a fresh install creates nothing
    text = CliRunner().invoke(cli, ["stats"]).stdout
    assert "never practised" in text and "Practice calendar" not in text  # not a terminal: no pictures


def test_levels_streaks_and_bars():
    assert [level(n, 8) for n in (0, 1, 2, 3, 5, 8)] == [0, 1, 1, 2, 3, 4]
    today = date(2026, 12, 5)
    counts = {today: 1, today - timedelta(days=1): 2, today - timedelta(days=5): 1, today - timedelta(days=6): 3,
              today - timedelta(days=7): 1}
    assert streaks(counts, today) == (2, 3)
    assert streaks(counts, today + timedelta(days=2)) == (0, 3)
    assert bar(0.5, 10) == "█████     " and bar(1.0, 4) == "████" and bar(0.0, 3) == "   "
    assert bar(0.0625, 2) == "▏ "  # an eighth of a cell


def test_the_calendar_has_a_column_a_week_and_a_cell_a_day():
    today = date(2026, 12, 5)  # a Saturday
    counts = {today: 4, calendar_start(today): 1, calendar_start(today) - timedelta(days=1): 9}
    lines = calendar_lines(counts, today, color=False)
    rows = lines[1:8]
    assert rows[0].startswith("Mon ") and rows[2].startswith("Wed ")
    cells = [row[4:].split(" ") for row in rows]
    assert len(cells[0]) == 26 and cells[0][0] == "░"  # the first Monday: 1 of the busiest day's 4, the lowest level
    assert cells[5][-1] == "█" and len(cells[6]) == 25  # today is the busiest; Sunday has not come yet
    assert "5 submission(s) on 2 day(s) in 26 weeks" in lines[-1]  # the day before the first column is out
    assert calendar_start(today).weekday() == 0 and (today - calendar_start(today)).days == 25 * 7 + 5
    assert not any(ESCAPE.search(line) for line in lines)
    coloured = calendar_lines(counts, today, color=True)
    assert ESCAPE.search(coloured[1]) and len(coloured) == len(lines)
    bars = weakness_lines([{"pattern": "heap", "weakness_score": 0.5}], color=False, width=10)
    assert bars == ["  heap  █████       0.50"]


def _on_a_terminal(env: dict, *args: str) -> str:
    """Run the installed `judge` with a pseudo-terminal as its stdout: what a person sees."""
    judge = Path(sys.executable).with_name("judge")
    leader, follower = pty.openpty()
    process = subprocess.Popen([str(judge), *args], stdout=follower, stderr=subprocess.PIPE, env=env)
    os.close(follower)
    chunks = []
    while True:
        ready, _, _ = select.select([leader], [], [], 30)
        if not ready:
            break
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=30)
    os.close(leader)
    assert process.returncode == 0, process.stderr.read()
    return b"".join(chunks).decode()


def test_on_a_terminal_stats_adds_the_calendar_and_bars_in_colour_unless_no_color(judge_home):
    conn = connect()
    practise(conn)
    with time_machine.travel(clock.now() - timedelta(days=1), tick=False):
        record(conn, "accepted", TWO_SUM)  # within the last 26 weeks whatever PAST is
    conn.close()
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    coloured = _on_a_terminal(env, "stats")
    assert "Practice calendar, the last 26 weeks" in coloured and "Weakness per pattern" in coloured
    assert ESCAPE.search(coloured)
    plain = _on_a_terminal({**env, "NO_COLOR": "1"}, "stats")
    assert "Practice calendar" in plain and not ESCAPE.search(plain)
    assert re.search(r"two-pointers\s+█+[▏▎▍▌▋▊▉]?\s+0\.\d\d", plain)
    assert "less · ░ ▒ ▓ █ more" in plain
    piped = subprocess.run([str(Path(sys.executable).with_name("judge")), "stats"], capture_output=True, text=True,
                           env=env)
    assert "Practice calendar" not in piped.stdout and not ESCAPE.search(piped.stdout)


def test_since_narrows_the_coverage_but_never_practised_means_never():
    conn = connect()
    practise(conn)  # two-pointers on day 0, binary search on days 2 and 3
    since = clock.iso(PAST + timedelta(days=2))
    data = stats_json(conn, PAST + timedelta(days=4), since=since, catalogue=CATALOGUE)
    assert [p["pattern"] for p in data["patterns"]] == ["binary-search-on-answer"]
    assert data["never_practised"] == [{"pattern": "heap", "problems": 2}]  # two-pointers was, before --since
    assert data["coverage"]["sentence"] == f"practised 1 of 3 patterns, 1 of 5 problems since {since[:10]}"
