"""judge report's history: the weakness of each pattern as `judge stats` would have shown it at each day's end."""

from __future__ import annotations

from datetime import timedelta

import time_machine

from judge.stats.history import end_of_day, weakness_history
from judge.stats.pictures import local_day
from judge.stats.report import stats_json
from judge.store.db import connect
from test_sessions_support import PAST, fake_problem, record

TWO_SUM = fake_problem("two-sum-ii", ["two-pointers"])
HEAP = fake_problem("kth-largest", ["heap"])


def at(conn, days: int, verdict: str, problem) -> None:
    with time_machine.travel(PAST + timedelta(days=days), tick=False):
        record(conn, verdict, problem)


def test_each_point_is_what_stats_said_at_the_end_of_that_day():
    conn = connect()
    at(conn, 0, "wrong_answer", TWO_SUM)
    at(conn, 0, "wrong_answer", TWO_SUM)
    at(conn, 2, "accepted", HEAP)
    at(conn, 5, "accepted", TWO_SUM)
    now = PAST + timedelta(days=9)
    points = weakness_history(conn, now)
    assert [p.day for p in points] == [local_day(PAST + timedelta(days=d)) for d in (0, 2, 5)]
    assert set(points[0].scores) == {"two-pointers"}  # heap was not practised yet
    assert set(points[1].scores) == {"two-pointers", "heap"}
    assert points[2].scores["two-pointers"] < points[1].scores["two-pointers"]  # the accept made it stronger
    assert points[1].scores["heap"] < points[1].scores["two-pointers"]
    # The last day's point is `judge stats` at that day's end: nothing came after it.
    then = end_of_day(points[2].day, now)
    assert points[2].scores == {s["pattern"]: s["weakness_score"] for s in stats_json(conn, then)["patterns"]}
    assert weakness_history(conn, now, max_points=2)[0].day == points[1].day


def test_a_day_that_is_today_ends_now():
    now = PAST + timedelta(hours=3)
    assert end_of_day(local_day(now), now) == now
    assert end_of_day(local_day(now) - timedelta(days=1), now) < now


def test_judge_report_writes_where_asked_opens_it_with_browser_and_refuses_a_missing_directory(tmp_path, monkeypatch):
    import json
    import stat

    from click.testing import CliRunner

    from judge.cli import cli
    from judge.errors import UsageError

    conn = connect()
    at(conn, 0, "accepted", TWO_SUM)
    conn.close()
    opened = tmp_path / "opened.txt"
    browser = tmp_path / "browser.sh"
    browser.write_text(f'#!/bin/sh\necho "$1" > {opened}\n')
    browser.chmod(browser.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("BROWSER", str(browser))
    out = tmp_path / "mine.html"
    result = CliRunner().invoke(cli, ["report", "--out", str(out), "--open", "--json"])
    assert result.exit_code == 0, result.output
    written = json.loads(result.stdout)
    assert written["path"] == str(out) and written["patterns"] == 1 and "verdict-mix" in written["charts"]
    assert out.read_text().startswith("<!DOCTYPE html>")
    assert opened.read_text().strip() == out.as_uri()

    missing = CliRunner().invoke(cli, ["report", "--out", str(tmp_path / "nowhere" / "r.html")])
    assert isinstance(missing.exception, UsageError) and missing.exception.exit_code == 2
    assert "nowhere: no such directory" in str(missing.exception)
