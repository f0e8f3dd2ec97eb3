"""The settings a terminal user meets: config.toml, colour decisions, tables that fit, names that are guessed."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from judge.config import config_path, editor_setting, effective, read_config
from judge.errors import UsageError, did_you_mean
from judge.packs.loader import all_problems, check_patterns, find_problem, infer_problem
from judge.style import ColourChoice, colour_mode, colour_on
from judge.tables import table


def test_the_config_file_is_found_by_judge_config_then_xdg(tmp_path, monkeypatch):
    monkeypatch.delenv("JUDGE_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert config_path() == tmp_path / "xdg" / "drill-judge" / "config.toml"
    monkeypatch.setenv("JUDGE_CONFIG", str(tmp_path / "mine.toml"))
    assert config_path() == tmp_path / "mine.toml"
    assert read_config() == {}  # no file: nothing set


def test_every_setting_says_where_it_came_from(tmp_path, monkeypatch):
    path = tmp_path / "config.toml"
    path.write_text('minutes = 45\nmode = "practice"\n')
    monkeypatch.setenv("JUDGE_CONFIG", str(path))
    monkeypatch.setenv("EDITOR", "nano -w")
    monkeypatch.delenv("VISUAL", raising=False)
    found = {s.name: s for s in effective()}
    assert (found["minutes"].value, found["minutes"].source) == (45, f"config file {path}")
    assert (found["count"].value, found["count"].source) == (2, "default")
    assert found["mode"].value == "practice"
    assert (found["editor"].value, found["editor"].source) == ("nano -w", "environment EDITOR")
    path.write_text('editor = "code --wait"\n')
    assert editor_setting().value == "code --wait"


def test_no_editor_anywhere_is_a_value_of_none(monkeypatch, tmp_path):
    monkeypatch.setenv("JUDGE_CONFIG", str(tmp_path / "none.toml"))
    setting = editor_setting({}, environ={"PATH": str(tmp_path)})
    assert setting.value is None and "VISUAL and EDITOR are unset" in setting.source


@pytest.mark.parametrize("text, named", [("minutes = 0", "minutes"), ('difficulty = "brutal"', "difficulty"),
                                         ("colour = 'never'", "colour"), ('count = "2"', "count"),
                                         ("mode = true", "mode")])
def test_a_bad_setting_names_the_file_and_the_key(tmp_path, text, named):
    path = tmp_path / "config.toml"
    path.write_text(text + "\n")
    with pytest.raises(UsageError) as refused:
        read_config(path)
    assert str(path) in refused.value.message and f"`{named}`" in refused.value.message


def test_colour_comes_from_the_flag_then_the_config_then_no_color():
    configured = ColourChoice("always", "config file x")
    assert colour_mode("never", configured, {}) == ColourChoice("never", "--color")
    assert colour_mode(None, configured, {"NO_COLOR": "1"}) == configured
    assert colour_mode(None, None, {"NO_COLOR": "1"}) == ColourChoice("never", "environment NO_COLOR")
    assert colour_mode(None, None, {"NO_COLOR": ""}) == ColourChoice("auto", "default")  # empty: not set


class _Tty(io.StringIO):
    def isatty(self):
        return True


def test_auto_colour_needs_a_terminal_that_is_not_dumb():
    assert colour_on("auto", _Tty(), {"TERM": "xterm"}) and not colour_on("auto", io.StringIO(), {"TERM": "xterm"})
    assert not colour_on("auto", _Tty(), {"TERM": "dumb"})
    assert colour_on("always", io.StringIO(), {}) and not colour_on("never", _Tty(), {})


def test_a_table_fits_the_width_by_dropping_then_shortening_columns():
    rows = [("alpha-slug", "a-very-long-title " * 4, "patterns-x", "entry_name")]
    headers = ["slug", "title", "patterns", "entry"]
    whole = table(rows, headers, width=500)
    assert "entry" in whole and max(map(len, whole.splitlines())) > 60
    fitted = table(rows, headers, drop=("entry",), width=60)
    assert "entry" not in fitted and max(map(len, fitted.splitlines())) <= 60
    assert "alpha-slug" in fitted and "~" in fitted  # the slug stays whole; the title is shortened


def test_mistyped_names_get_a_suggestion():
    assert did_you_mean("three-summ", ["three-sum", "two-sum-ii"]) == " (did you mean `three-sum`?)"
    assert did_you_mean("zzz", ["three-sum"]) == ""
    with pytest.raises(UsageError) as refused:
        find_problem("three-summ")
    assert "did you mean `three-sum`?" in refused.value.message
    with pytest.raises(UsageError) as unknown:
        check_patterns(["two-pointer"], all_problems())
    assert "'two-pointer'" in unknown.value.message and "`two-pointers`" in unknown.value.message


@pytest.mark.parametrize("name, source", [
    ("3sum.py", "def three_sum(nums):\n    return []\n"),
    ("threeSum.py", "def f():\n    pass\n"),
    ("solution.py", "class Solution:\n    def threeSum(self, nums):\n        return []\n"),
])
def test_a_file_is_recognised_by_the_entry_point_or_leetcode_method_it_defines(tmp_path, name, source):
    path = tmp_path / name
    path.write_text(source)
    assert infer_problem(path).slug == "three-sum"


def test_a_file_that_defines_nothing_known_is_not_guessed(tmp_path):
    path = tmp_path / "mystery.py"
    path.write_text("def helper():\n    pass\n")
    with pytest.raises(UsageError):
        infer_problem(path)


def test_tree_starters_run_on_their_own():
    import subprocess
    import sys

    for problem in all_problems():
        text = Path(problem.starter_path).read_text()
        if "TreeNode" in text or "ListNode" in text:
            proc = subprocess.run([sys.executable, "-c", text], capture_output=True, text=True, timeout=60)
            assert proc.returncode == 0, (problem.slug, proc.stderr)


@pytest.mark.parametrize("zone, shown", [("UTC", "09:05:00 UTC"), ("Europe/Paris", "10:05:00 CET (09:05:00 UTC)")])
def test_deadlines_are_shown_in_local_time_with_utc_beside(monkeypatch, zone, shown):
    import time

    from judge.clock import deadline_text

    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        assert deadline_text("2026-12-05T09:05:00+00:00") == shown
    finally:
        monkeypatch.undo()
        time.tzset()
