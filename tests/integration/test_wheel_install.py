"""The judge installed the way CLI tools are: a wheel built from this tree, installed into a fresh virtualenv
in a temporary directory, run from outside the checkout. It must find its packs and runtimes inside the
wheel, judge a real submission in Docker, and build its sandbox image from the wheel's own files."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
NOT_SOURCE = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", "*.pyc",
                                    ".pytest_cache", ".hypothesis", ".demo-home")


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """(judge executable, a working directory outside the checkout, the venv's site-packages)."""
    top = tmp_path_factory.mktemp("wheel-install")
    source = top / "src"
    shutil.copytree(REPO, source, ignore=NOT_SOURCE)
    dist = top / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(dist), str(source)],
                   check=True, capture_output=True, text=True)
    wheel = next(dist.glob("drill_judge-*.whl"))
    venv = top / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel)], check=True,
                   capture_output=True, text=True)
    site = Path(subprocess.run([str(venv / "bin" / "python"), "-c", "import judge, os; print(os.path.dirname("
                                "judge.__file__))"], check=True, capture_output=True, text=True,
                               cwd=top).stdout.strip())
    work = top / "elsewhere"
    work.mkdir()
    return venv / "bin" / "judge", work, site


def run(installed, judge_home, *args):
    judge, work, _ = installed
    env = {k: v for k, v in os.environ.items()
           if k not in ("JUDGE_PROBLEMS", "JUDGE_SANDBOXES", "JUDGE_PACKS", "PYTHONPATH", "VIRTUAL_ENV")}
    env["JUDGE_HOME"] = str(judge_home)
    return subprocess.run([str(judge), *args], cwd=work, env=env, capture_output=True, text=True, timeout=600)


def test_the_installed_wheel_ships_its_packs_and_lists_and_shows_them(installed, judge_home):
    _, _, site = installed
    assert REPO not in site.parents, site  # the package imported is the installed one, not this checkout
    listed = run(installed, judge_home, "problems", "--json")
    assert listed.returncode == 0, listed.stderr
    slugs = {p["slug"] for p in json.loads(listed.stdout)["problems"]}
    in_repo = {p.name for p in REPO.glob("problems/*/*") if (p / "problem.toml").is_file()}
    assert slugs == in_repo and len(slugs) > 50

    packs = json.loads(run(installed, judge_home, "packs", "--json").stdout)["packs"]
    assert {p["source"] for p in packs} == {"built-in"}
    assert all(Path(p["directory"]).parent == site / "_bundled" / "problems" for p in packs)

    shown = run(installed, judge_home, "show", "two-sum-ii")
    assert shown.returncode == 0, shown.stderr
    assert "Two Sum II" in shown.stdout and "def two_sum_sorted" in shown.stdout


def test_the_installed_wheel_reads_a_users_own_pack_from_the_data_dir(installed, judge_home):
    pack = judge_home / "packs" / "my-pack"
    pack.mkdir(parents=True)
    (pack / "pack.toml").write_text('name = "my-pack"\ntitle = "Mine"\n')
    shutil.copytree(REPO / "problems" / "two-pointers" / "two-sum-ii", pack / "my-two-sum",
                    ignore=shutil.ignore_patterns("submissions", "__pycache__"))
    toml = pack / "my-two-sum" / "problem.toml"
    toml.write_text(toml.read_text().replace('slug = "two-sum-ii"', 'slug = "my-two-sum"').replace(
        "leetcode = 167\n", ""))
    packs = {p["name"]: p for p in json.loads(run(installed, judge_home, "packs", "--json").stdout)["packs"]}
    assert packs["my-pack"]["source"] == "data dir" and packs["my-pack"]["problems"] == ["my-two-sum"]
    shown = run(installed, judge_home, "show", "my-two-sum", "--json")
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["pack"] == "my-pack"


@pytest.mark.docker
def test_the_installed_wheel_judges_a_submission_and_builds_its_image(installed, judge_home, engine):
    from judge.sandbox.image import image_tag
    from judge.sandbox.runtimes import load_runtime

    accepted = REPO / "problems" / "two-pointers" / "two-sum-ii" / "submissions" / "accepted" / "two_pointers.py"
    submitted = run(installed, judge_home, "submit", str(accepted), "--problem", "two-sum-ii", "--no-complexity",
                    "--json")
    assert submitted.returncode == 0, submitted.stderr
    report = json.loads(submitted.stdout)
    assert report["verdict"] == "accepted" and report["passed"] == report["total"] > 0

    wrong = accepted.parent.parent / "wrong_answer" / "zero_based.py"
    rejected = run(installed, judge_home, "submit", str(wrong), "--problem", "two-sum-ii", "--json")
    assert rejected.returncode == 1 and json.loads(rejected.stdout)["verdict"] == "wrong_answer"

    # The wheel carries the Dockerfile and the runner files: the image it builds is the checkout's, by content.
    built = run(installed, judge_home, "sandbox", "build", "--force")
    assert built.returncode == 0, built.stderr
    assert built.stdout.strip().splitlines()[-1] == image_tag(load_runtime())
    checked = run(installed, judge_home, "sandbox", "check", "--json")
    assert checked.returncode == 0 and json.loads(checked.stdout)["ok"], checked.stdout + checked.stderr
