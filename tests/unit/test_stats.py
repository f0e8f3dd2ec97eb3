"""Statistics: the verdict -> FSRS rating mapping, FSRS replay, per-pattern numbers, the weakness rank."""

from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace

import pytest
import time_machine

from judge import clock
from judge.sessions.lifecycle import close
from judge.stats import ratings, weakness
from judge.stats.patterns import PatternStats
from judge.stats.report import NOTHING_YET, stats_json, stats_text
from judge.stats.schedule import pattern_cards
from judge.store.db import connect
from judge.store.sessions import NewSession, insert_session
from test_sessions_support import PAST, fake_problem, record

T0 = PAST


def outcome(solved_at=None, rejected=0, attempts=None, late_at=None, complexity=None, patterns=("p",), hints=0):
    if attempts is None:
        attempts = rejected + (solved_at is not None) + (late_at is not None)
    return SimpleNamespace(slug="x", patterns=list(patterns), solved_at_s=solved_at, rejected_before_accept=rejected,
                           attempts=attempts, late_accepted_at_s=late_at, complexity=complexity, hints_used=hints)


@pytest.mark.parametrize("progress, expected", [
    (outcome(attempts=0), ratings.AGAIN),
    (outcome(rejected=3), ratings.AGAIN),
    (outcome(rejected=1, late_at=3700), ratings.AGAIN),
    (outcome(solved_at=600, rejected=2), ratings.HARD),
    (outcome(solved_at=600, complexity="suboptimal"), ratings.HARD),
    (outcome(solved_at=600, rejected=1), ratings.GOOD),
    (outcome(solved_at=2400), ratings.GOOD),  # first try, but slower than the 30-minute share
    (outcome(solved_at=600), ratings.EASY),
    (outcome(solved_at=600, complexity="optimal"), ratings.EASY),
    (outcome(solved_at=600, hints=1), ratings.GOOD),  # hints cap a rating (docs/stats.md)
    (outcome(solved_at=600, hints=2), ratings.HARD),
    (outcome(solved_at=600, rejected=2, hints=1), ratings.HARD),  # a cap never raises
    (outcome(rejected=1, hints=3), ratings.AGAIN),
])
def test_problem_rating_mapping(progress, expected):
    rating, reason = ratings.problem_rating(progress, share_s=1800)
    assert rating == expected and reason.startswith("x ")


def test_a_pattern_gets_its_worst_problem_and_an_abandoned_session_no_review():
    easy = outcome(solved_at=300, patterns=("graphs", "bfs"))
    failed = outcome(rejected=2, patterns=("graphs",))
    assert ratings.session_ratings([easy, failed], minutes=60) == [
        ("bfs", ratings.EASY, "x was accepted first try within its share of the clock"),
        ("graphs", ratings.AGAIN, "x was not accepted in 2 submission(s)")]
    assert ratings.session_ratings([outcome(attempts=0), outcome(attempts=0)], minutes=60) == []


def review(pattern, rating, at):
    return {"pattern": pattern, "rating": rating, "reviewed_at": clock.iso(at)}


def test_fsrs_replay_is_deterministic_and_orders_due_dates_by_rating():
    cards = pattern_cards([review(f"p{r}", r, T0) for r in (1, 2, 3, 4)])
    dues = [cards[f"p{r}"].due for r in (1, 2, 3, 4)]
    assert dues == sorted(dues) and dues[0] < dues[-1]
    assert dues[0] - T0 == timedelta(days=1)  # no intra-day learning steps: whole days only
    again = pattern_cards([review(f"p{r}", r, T0) for r in (1, 2, 3, 4)])
    assert [again[f"p{r}"].due for r in (1, 2, 3, 4)] == dues
    card = cards["p3"]
    assert card.retrievability(T0 + timedelta(days=1)) > card.retrievability(T0 + timedelta(days=30))
    assert card.is_due(T0 + timedelta(days=400)) and not card.is_due(T0)


def test_a_second_good_review_pushes_the_due_date_further():
    one = pattern_cards([review("p", 3, T0)])["p"]
    two = pattern_cards([review("p", 3, T0), review("p", 3, one.due)])["p"]
    assert two.reviews == 2 and (two.due - one.due) > (one.due - T0)


def test_weakness_score_is_the_weighted_mean_of_known_components():
    stats = PatternStats("p", attempted=4, solved=1, attempts=4, first_try=0, session_attempts=2,
                         median_time_to_accept_s=900.0, target_complexity_share=None, retrievability=None)
    found = weakness.components(stats)
    assert found == pytest.approx({"unsolved": 1 - 2 / 6, "first_try_miss": 1 - 1 / 6, "slowness": 0.5})
    expected = (0.35 * (1 - 2 / 6) + 0.20 * (1 - 1 / 6) + 0.15 * 0.5) / (0.35 + 0.20 + 0.15)
    assert weakness.score(found) == pytest.approx(expected)


def session(conn, start, problems, minutes=60):
    with time_machine.travel(start, tick=False):
        return insert_session(conn, NewSession(started_at=clock.iso(start), deadline=clock.iso(start + timedelta(minutes=minutes)),
                              minutes=minutes, blind=False, adaptive=False, workspace="/tmp/ws", options={},
                              problems=[{"slug": p.slug, "title": p.slug, "patterns": list(p.patterns),
                                         "difficulty": "medium", "file_path": f"/tmp/ws/{p.slug}.py"}
                                        for p in problems]))


def submit_at(conn, when, verdict, problem, sid=None, late=False, **kwargs):
    with time_machine.travel(when, tick=False):
        return record(conn, verdict, problem, session_id=sid, late=late, submitted_at=clock.iso(when), **kwargs)


P1, P3 = fake_problem("p1", ["two-pointers"]), fake_problem("p3", ["two-pointers"])
P2, P4 = fake_problem("p2", ["graphs"]), fake_problem("p4", ["graphs"])
M = timedelta(minutes=1)
NOW = T0 + timedelta(days=4)  # graphs, rated again on day 2, is due; two-pointers, rated hard on day 0, too


@pytest.fixture
def history():
    """Two sessions and some free practice, with known answers for every statistic."""
    conn = connect()
    s1 = session(conn, T0, [P1, P2])
    submit_at(conn, T0 + 5 * M, "wrong_answer", P1, s1)
    submit_at(conn, T0 + 20 * M, "accepted", P1, s1)
    submit_at(conn, T0 + 30 * M, "time_limit", P2, s1, tags=("cycle",))
    submit_at(conn, T0 + 40 * M, "runtime_error", P2, s1, tags=("cycle", "self-loop"))
    with time_machine.travel(T0 + 60 * M, tick=False):
        close(conn, s1, clock.now(), "ended")
    day2 = T0 + timedelta(days=2)
    submit_at(conn, day2, "accepted", P3, complexity="optimal")
    submit_at(conn, day2 + M, "accepted", P1, complexity="suboptimal")
    s2 = session(conn, day2 + 60 * M, [P2, P4])
    submit_at(conn, day2 + 70 * M, "accepted", P2, s2)
    submit_at(conn, day2 + 121 * M, "accepted", P4, s2, late=True)
    with time_machine.travel(day2 + 121 * M, tick=False):
        close(conn, s2, clock.now(), "deadline")
    yield conn
    conn.close()


def test_per_pattern_statistics_follow_their_definitions(history):
    data = stats_json(history, NOW)
    by = {s["pattern"]: s for s in data["patterns"]}
    tp, gr = by["two-pointers"], by["graphs"]
    assert (tp["attempted"], tp["solved"], tp["solve_rate"]) == (2, 2, 1.0)
    assert (tp["attempts"], tp["first_try"], tp["first_try_rate"]) == (3, 2, 0.6667)
    assert tp["median_time_to_accept_s"] == 1200.0
    assert tp["verdicts"] == {"accepted": 3, "wrong_answer": 1}
    assert tp["target_complexity_share"] == 0.5  # one optimal, one suboptimal accepted submission
    assert tp["failed_tags"] == [{"tag": "min-size", "count": 1}]
    assert (gr["attempted"], gr["solved"], gr["solve_rate"]) == (2, 1, 0.5)  # the late accept does not count
    assert (gr["attempts"], gr["first_try"], gr["first_try_rate"]) == (3, 1, 0.3333)
    assert gr["median_time_to_accept_s"] == 600.0
    assert gr["verdicts"] == {"time_limit": 1, "runtime_error": 1, "accepted": 2}
    assert gr["target_complexity_share"] is None  # no complexity report yet
    assert gr["failed_tags"] == [{"tag": "cycle", "count": 2}, {"tag": "self-loop", "count": 1}]
    assert gr["last_practised"] == clock.iso(T0 + timedelta(days=2) + 121 * M)
    for key in ("pattern", "attempted", "solved", "solve_rate", "first_try_rate", "median_time_to_accept_s",
                "verdicts", "weakness_rank", "recommendation", "next_review_due", "last_practised"):
        assert key in tp and key in gr


def test_the_weakest_pattern_ranks_first_and_is_recommended(history):
    data = stats_json(history, NOW)
    ranks = {s["pattern"]: s["weakness_rank"] for s in data["patterns"]}
    assert ranks == {"graphs": 1, "two-pointers": 2}
    assert [s["pattern"] for s in data["patterns"]] == ["graphs", "two-pointers"]
    sentence = data["recommendation"]["sentence"]
    assert data["recommendation"]["pattern"] == "graphs" and sentence.startswith("Drill graphs next:")
    assert sentence.endswith(".") and ". " not in sentence  # one sentence
    assert "cycle" in sentence  # the most failed edge case is named
    assert data["patterns"][0]["recommendation"] == sentence
    # graphs: again in session 1, again in session 2 (p4 only late); two-pointers: hard in session 1.
    gr = data["patterns"][0]
    assert gr["next_review_due"] is not None and gr["review_due"] is True


def test_pattern_filter_keeps_global_ranks_and_since_drops_older_submissions(history):
    only = stats_json(history, NOW, pattern="two-pointers")
    assert [s["pattern"] for s in only["patterns"]] == ["two-pointers"]
    assert only["patterns"][0]["weakness_rank"] == 2 and only["recommendation"]["pattern"] == "graphs"
    since = clock.iso(T0 + timedelta(days=1))
    recent = {s["pattern"]: s for s in stats_json(history, NOW, since=since)["patterns"]}
    assert recent["two-pointers"]["attempted"] == 2 and recent["two-pointers"]["first_try_rate"] == 1.0
    assert recent["graphs"]["verdicts"] == {"accepted": 2}
    missing = stats_json(history, NOW, pattern="dp")
    assert missing["patterns"] == [] and "No submissions for pattern 'dp'" in missing["message"]


def test_stats_on_nothing_say_so_plainly():
    conn = connect()
    data = stats_json(conn, clock.now())
    assert data["patterns"] == [] and data["recommendation"] is None and data["message"] == NOTHING_YET
    assert stats_text(data) == NOTHING_YET


def test_stats_text_is_a_table_with_the_recommendation(history):
    text = stats_text(stats_json(history, NOW))
    assert "pattern" in text and "weakness" in text and "WA/TLE/RE/MLE" in text
    assert "graphs" in text and "0/1/1/0" in text and text.rstrip().splitlines()[-1].startswith("Drill graphs next:")


def test_complexity_share_reads_the_report_wherever_it_carries_the_complexity_section():
    from judge.store.submissions import NewSubmission, record_submission
    from test_sessions_support import fake_report

    conn = connect()
    top = fake_report("accepted", "p1", complexity="optimal")
    nested = fake_report("accepted", "p1")
    nested["extra"] = {"complexity": {"time": {"status": "suboptimal"}}}
    inconclusive = fake_report("accepted", "p1", complexity="inconclusive")
    for report in (top, nested, inconclusive):
        record_submission(conn, NewSubmission(problem=P1, file_path="/tmp/p1.py", source="x", report=report))
    row = stats_json(conn, clock.now())["patterns"][0]
    assert row["target_complexity_share"] == 0.5  # inconclusive measurements are left out


@pytest.mark.parametrize("installed", [{"graphs": 3, "two-pointers": 4}, {"graphs": 3, "two-pointers": 4, "heaps": 2},
                                       {"graphs": 3, "two-pointers": 4, "aaa-new": 1}])
def test_stats_recommends_the_pattern_adaptive_drills_first(history, installed):
    from judge.sessions.selection import adaptive_order
    from judge.stats.report import ranked_patterns
    from judge.stats.schedule import pattern_cards
    from judge.store.reviews import all_reviews

    catalogue = {f"{pattern}-{i}": (pattern,) for pattern, n in installed.items() for i in range(n)}
    data = stats_json(history, NOW, catalogue=catalogue)
    weakness = {s.pattern: s.weakness_score for s in ranked_patterns(history, NOW)}
    order = adaptive_order(set(installed), pattern_cards(all_reviews(history)), weakness, NOW)
    assert data["recommendation"]["pattern"] == order[0].pattern, (data["recommendation"], order)
    if order[0].weakness is None:
        assert "never practised" in data["recommendation"]["sentence"]
