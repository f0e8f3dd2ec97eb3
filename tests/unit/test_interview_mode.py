"""Interview mode (the default for `judge start`), `--practice`, `judge hint`, and `judge show` inside a session."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import timedelta

import pytest
import time_machine
from click.testing import CliRunner

from judge.cli import cli
from judge.packs.hints import giveaways
from judge.packs.loader import all_problems
from judge.sessions.progress import problem_progress
from test_sessions_support import PAST

PROBLEMS = all_problems()


@pytest.fixture
def run(monkeypatch):
    monkeypatch.setenv("JUDGE_WARM", "0")  # no engine work: nothing here judges
    runner = CliRunner()

    def invoke(*args):
        result = runner.invoke(cli, list(args))
        assert result.exit_code == 0, (result.output, result.exception)
        return json.loads(result.stdout) if "--json" in args else result.stdout

    return invoke


def workspace_texts(directory):
    return {path.name: path.read_text() for path in directory.iterdir()}


@pytest.mark.parametrize("batch", range(0, len(PROBLEMS), 10))
def test_an_interview_workspace_shows_no_pattern_target_or_hint(run, tmp_path, batch, request):
    chosen = PROBLEMS[batch:batch + 10]
    from judge.sandbox.runtimes import load_runtime

    if any(not load_runtime(p.runtime).reference_on_host for p in chosen):
        request.getfixturevalue("engine")  # the examples' answers come from a reference container
    named = [arg for p in chosen for arg in ("--problem", p.slug)]
    started = run("start", *named, "--dir", str(tmp_path / "ws"), "--json")
    assert started["practice"] is False
    texts = workspace_texts(tmp_path / "ws")
    for problem in chosen:
        for name, text in texts.items():
            assert giveaways(text, problem.patterns) == [], (problem.slug, name)
            assert problem.complexity["time"] not in text or problem.complexity["time"] == "O(1)"
            for hint in problem.hints:
                assert hint[:60] not in text, (problem.slug, name)
    run("end")


def test_practice_mode_shows_patterns_targets_and_hints(run, tmp_path):
    problem = next(p for p in PROBLEMS if p.slug == "coin-change")
    started = run("start", "--problem", problem.slug, "--practice", "--dir", str(tmp_path / "ws"), "--json")
    assert started["practice"] is True
    texts = workspace_texts(tmp_path / "ws")
    assert "dp-sequences" in texts["README.md"]
    statement = texts["coin_change.md"]
    assert f"Target: time {problem.complexity['time']}" in statement and "## Hints" in statement
    assert all(h.splitlines()[0] in statement for h in problem.hints)


def test_hints_one_by_one_counted_in_status_and_summary(run, tmp_path):
    problem = next(p for p in PROBLEMS if p.slug == "two-sum-ii")
    total = len(problem.hints)
    with time_machine.travel(PAST, tick=False) as traveller:
        run("start", "--problem", problem.slug, "--dir", str(tmp_path / "ws"))
        solution = str(tmp_path / "ws" / "two_sum_ii.py")
        first = run("hint", "--json")  # the session's only problem
        assert (first["number"], first["total"], first["new"]) == (1, total, True)
        assert first["text"] == problem.hints[0] and first["session_id"] is not None
        traveller.shift(timedelta(minutes=3))
        text = run("hint", solution)
        assert text.startswith(f"Hint 2 of {total} for two-sum-ii (counted in this session's review):")
        for _ in range(total - 2):
            run("hint", problem.slug)
        again = run("hint", problem.slug, "--json")
        assert again["new"] is False and again["number"] == total and again["shown"] == list(problem.hints)
        status = run("status", "--json")
        assert status["practice"] is False
        assert status["problems"][0]["hints_used"] == total
        summary = run("end", "--json")
        assert summary["problems"][0]["hints_used"] == total
        # Outside a session the count starts afresh and is not tied to any session.
        outside = run("hint", problem.slug, "--json")
        assert (outside["number"], outside["session_id"]) == (1, None)


def test_show_inside_an_interview_session_shows_what_the_workspace_shows(run, tmp_path):
    outside = run("show", "two-sum-ii", "--json")
    assert outside["patterns"] == ["two-pointers"] and outside["hints"] >= 2
    run("start", "--problem", "coin-change", "--dir", str(tmp_path / "ws"))
    inside = run("show", "two-sum-ii", "--json")
    assert "patterns" not in inside and "target" not in inside and "pack" not in inside and inside["interview"]
    text = run("show", "two-sum-ii")
    assert "two-pointers" not in text and "Target" not in text and text.rstrip().endswith("Limit 1 s per test.")


def test_a_hint_needs_a_problem_when_the_session_has_several(tmp_path, monkeypatch):
    monkeypatch.setenv("JUDGE_WARM", "0")
    runner = CliRunner()
    assert runner.invoke(cli, ["start", "--count", "2", "--dir", str(tmp_path / "ws")]).exit_code == 0
    result = subprocess.run([sys.executable, "-m", "judge", "hint"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "which problem? the session has several; name it: `judge hint FILE`" in result.stderr


def test_hints_read_after_solving_do_not_count():
    session = {"started_at": "2026-01-01T09:00:00+00:00"}
    problems = [{"problem": "p", "title": "P", "patterns": '["x"]', "difficulty": "medium", "file_path": "p.py"}]
    submissions = [{"id": 1, "problem": "p", "verdict": "accepted", "late": 0, "complexity_status": None,
                    "submitted_at": "2026-01-01T09:10:00+00:00", "created_at": "2026-01-01T09:10:01+00:00", "time_claim": None}]
    hints = [{"problem": "p", "hint": 1, "shown_at": "2026-01-01T09:05:00+00:00"},
             {"problem": "p", "hint": 2, "shown_at": "2026-01-01T09:20:00+00:00"}]
    (item,) = problem_progress(session, problems, submissions, hints)
    assert item.hints_used == 1 and item.solved_at_s == 600


@pytest.mark.parametrize("claim,target,expected", [
    ("O(n)", "O(n)", "optimal"),
    ("O(N)", "O(n)", "optimal"),  # one parameter: any name means it
    ("O(n log n)", "O(n)", "weaker"),
    ("O(1)", "O(n)", "impossible"),
    ("O(E log V)", "O(E log V)", "optimal"),
    ("O(E V)", "O(E log V)", "weaker"),
    ("O(m n)", "O(m n log(m n))", "impossible"),
    ("O(amount * coins)", "O(len(coins) * amount)", "optimal"),
    ("O(amount)", "O(amount)", "optimal"),
    ("O(n)", "O(1)", "weaker"),
])
def test_a_claim_compares_with_the_target_per_parameter(claim, target, expected):
    from judge.sessions.plans import versus_target

    assert versus_target(claim, target, "time") == expected


def test_a_plan_is_recorded_replaced_and_shown_without_its_scores_until_solved(run, tmp_path):
    run("start", "--problem", "two-sum-ii", "--dir", str(tmp_path / "ws"))
    first = run("plan", "--pattern", "heap", "--time", "O(n log n)", "--space", "O(n)", "--json")
    assert first["problem"] == "two-sum-ii" and first["patterns"] == ["heap"]
    run("plan", "two-sum-ii", "--pattern", "two-pointers", "--time", "O(n)", "--space", "O(1)")
    (problem,) = run("status", "--json")["problems"]
    assert problem["plan"] == {**problem["plan"], "patterns": ["two-pointers"], "time": "O(n)", "space": "O(1)",
                               "pattern_recognised": None, "time_vs_target": None, "time_claim": None}


@pytest.mark.parametrize("args,said", [
    (["--pattern", "greedy", "--time", "O(n)", "--space", "O(1)"], "--pattern greedy: not a pattern this judge knows"),
    # (O(n!) reads since issue 15: factorial growth is measured)
    (["--pattern", "heap", "--time", "O(n $ 2)", "--space", "O(1)"], "--time 'O(n $ 2)': cannot read"),
])
def test_a_plan_with_an_unknown_pattern_or_unreadable_claim_is_one_line(tmp_path, monkeypatch, args, said):
    monkeypatch.setenv("JUDGE_WARM", "0")
    assert CliRunner().invoke(cli, ["start", "--problem", "two-sum-ii", "--dir", str(tmp_path / "ws")]).exit_code == 0
    result = subprocess.run([sys.executable, "-m", "judge", "plan", *args], capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and said in result.stderr


def test_a_plan_outside_a_session_or_after_a_submission_is_refused(tmp_path, monkeypatch):
    from judge import clock
    from judge.store.db import connect
    from test_sessions_support import record

    monkeypatch.setenv("JUDGE_WARM", "0")
    plan = [sys.executable, "-m", "judge", "plan", "two-sum-ii", "--pattern", "two-pointers", "--time", "O(n)",
            "--space", "O(1)"]
    outside = subprocess.run(plan, capture_output=True, text=True, timeout=120)
    assert outside.returncode == 2 and "a plan belongs to a session" in outside.stderr
    started = CliRunner().invoke(cli, ["start", "--problem", "two-sum-ii", "--dir", str(tmp_path / "ws"), "--json"])
    conn = connect()
    record(conn, "wrong_answer", session_id=json.loads(started.stdout)["session_id"], submitted_at=clock.iso(clock.now()))
    conn.close()
    late = subprocess.run(plan, capture_output=True, text=True, timeout=120)
    assert late.returncode == 2 and "has a submission in this session already" in late.stderr


def test_end_carries_a_scorecard_and_history_shows_plans_and_hints(run, tmp_path):
    with time_machine.travel(PAST, tick=False) as traveller:
        run("start", "--problem", "two-sum-ii", "--problem", "coin-change", "--dir", str(tmp_path / "ws"))
        run("plan", "two-sum-ii", "--pattern", "two-pointers", "--time", "O(n)", "--space", "O(1)")
        run("hint", "coin-change")
        traveller.shift(timedelta(minutes=10))
        summary = run("end", "--json")
    card = summary["scorecard"]
    assert card["overall"] == {"solved_in_time": 0, "problems": 2, "optimal": 0, "planned": 1,
                               "patterns_recognised": 0, "claims_confirmed": 0, "hints_used": 1, "on_pace": 0}
    two_sum, coins = card["problems"]
    assert two_sum["plan"]["patterns"] == ["two-pointers"] and two_sum["plan"]["pattern_recognised"] is None
    assert two_sum["communication"] == {"planned": True, "pattern_recognised": None, "claim": None}
    assert (coins["hints_used"], coins["plan"], coins["test_strength"]) == (1, None, None)
    assert coins["time"] == {"split_s": None, "pace_s": 1800, "on_pace": False}
    text = run("history")
    assert "two-sum-ii: plan two-pointers, time O(n), space O(1); hints used 0" in text
    assert "coin-change: no plan; hints used 1" in text


def test_stats_carry_the_interview_skills_per_pattern(run, tmp_path):
    from judge import clock
    from judge.store.db import connect
    from test_sessions_support import fake_problem, record

    with time_machine.travel(PAST, tick=False) as traveller:
        started = run("start", "--problem", "two-sum-ii", "--problem", "coin-change", "--dir", str(tmp_path / "ws"),
                      "--json")
        run("plan", "two-sum-ii", "--pattern", "heap", "--time", "O(n)", "--space", "O(1)")
        run("plan", "coin-change", "--pattern", "dp-sequences", "--time", "O(amount * coins)", "--space", "O(amount)")
        run("hint", "coin-change")
        traveller.shift(timedelta(minutes=5))
        conn = connect()
        for slug, patterns in (("two-sum-ii", ("two-pointers",)), ("coin-change", ("dp-sequences",))):
            record(conn, "accepted", fake_problem(slug, patterns), session_id=started["session_id"],
                   submitted_at=clock.iso(clock.now()))
        conn.close()
        run("end")
        stats = {s["pattern"]: s for s in run("stats", "--json")["patterns"]}
    two, dp = stats["two-pointers"], stats["dp-sequences"]
    assert (two["recognition_rate"], two["hint_rate"], two["claim_accuracy"]) == (0.0, 0.0, None)
    assert (dp["recognition_rate"], dp["hint_rate"], dp["median_test_strength"]) == (1.0, 1.0, None)
    assert dp["weakness_components"]["hinted"] == round(2 / 3, 4)
    assert two["weakness_components"]["unrecognised"] == round(1 - 1 / 3, 4)
