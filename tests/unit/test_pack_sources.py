"""Where packs come from: the built-in ones, JUDGE_PACKS (a path list) and the data dir's packs/."""

from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

from judge.cli import cli
from judge.errors import EnvironmentProblem, PackError, UsageError
from judge.packs.loader import find_problem, load_packs
from judge.paths import shipped_dir
from test_sessions_support import REPO, make_problem_root


def test_a_checkout_reads_its_own_problems_and_sandboxes(monkeypatch):
    monkeypatch.delenv("JUDGE_PROBLEMS", raising=False)
    assert shipped_dir("problems") == REPO / "problems"
    assert shipped_dir("sandboxes") == REPO / "sandboxes"
    sources = {p.source for p in load_packs()}
    assert sources == {"built-in"}


def test_packs_from_judge_packs_and_the_data_dir_are_listed_with_their_source(judge_home, tmp_path, monkeypatch):
    mine = make_problem_root(tmp_path / "mine", [("graphs-extra", "my-graph-one", ["my-pattern"], "medium")])
    single = make_problem_root(tmp_path / "single", [("solo", "solo-one", ["solo-pattern"], "easy")]) / "solo"
    make_problem_root(judge_home / "packs", [("homegrown", "home-one", ["home-pattern"], "hard")])
    monkeypatch.setenv("JUDGE_PACKS", os.pathsep.join([str(mine), str(single)]))

    by_name = {p.name: p for p in load_packs()}
    assert by_name["two-pointers"].source == "built-in"
    assert (by_name["graphs-extra"].source, by_name["solo"].source, by_name["homegrown"].source) == (
        "JUDGE_PACKS", "JUDGE_PACKS", "data dir")
    assert find_problem("home-one").pack == "homegrown"
    assert find_problem("solo-one").directory == single / "solo-one"

    result = CliRunner().invoke(cli, ["packs", "--json"])
    assert result.exit_code == 0, result.output
    listed = {p["name"]: p for p in json.loads(result.stdout)["packs"]}
    assert listed["homegrown"]["source"] == "data dir"
    assert listed["homegrown"]["directory"] == str(judge_home / "packs" / "homegrown")
    assert listed["graphs-extra"]["patterns"] == ["my-pattern"]
    text = CliRunner().invoke(cli, ["packs"]).stdout
    row = next(line for line in text.splitlines() if line.startswith("graphs-extra "))
    assert "JUDGE_PACKS" in row and str(mine / "graphs-extra") in row

    problems = CliRunner().invoke(cli, ["problems", "--json"])
    assert {"home-one", "solo-one", "my-graph-one", "two-sum-ii"} <= {p["slug"] for p in
                                                                     json.loads(problems.stdout)["problems"]}


def test_a_pack_name_used_twice_is_refused_naming_both(tmp_path, monkeypatch):
    copy = make_problem_root(tmp_path / "copy", [("two-pointers", "other-slug", ["two-pointers"], "medium")])
    monkeypatch.setenv("JUDGE_PACKS", str(copy))
    with pytest.raises(PackError, match=r"pack name `two-pointers` is also used by .*problems/two-pointers"):
        load_packs()


def test_a_slug_used_twice_across_sources_is_refused(tmp_path, monkeypatch):
    copy = make_problem_root(tmp_path / "copy", [("copied", "two-sum-ii", ["two-pointers"], "medium")])
    monkeypatch.setenv("JUDGE_PACKS", str(copy))
    with pytest.raises(PackError, match="slug `two-sum-ii` is also used by"):
        load_packs()


def test_a_missing_judge_packs_path_is_named_and_a_missing_data_dir_packs_is_not_an_error(tmp_path, monkeypatch):
    load_packs()  # the data dir has no packs/: nothing to add, nothing wrong
    monkeypatch.setenv("JUDGE_PACKS", str(tmp_path / "nowhere"))
    with pytest.raises(UsageError, match=r"nowhere: no such directory of problem packs \(named by JUDGE_PACKS\)"):
        load_packs()


def test_missing_built_in_packs_are_an_environment_problem(tmp_path, monkeypatch):
    import judge.paths

    monkeypatch.delenv("JUDGE_PROBLEMS", raising=False)
    monkeypatch.setattr(judge.paths, "REPO_ROOT", tmp_path)  # an install whose shipped packs went missing
    with pytest.raises(EnvironmentProblem, match="built-in problem packs are missing; reinstall drill-judge"):
        load_packs()
