"""Every shipped problem validates: its data loads, the reference agrees with every hand-written answer,
and each tagged submission gets exactly its tag through the real sandbox (the Kattis way)."""

from pathlib import Path

import pytest

from judge.packs.loader import load_packs
from judge.sandbox.image import require_image
from judge.sandbox.reference import close_all
from judge.sandbox.runtimes import load_runtime
from judge.validation import ProblemCheck, SandboxRun, constraint_errors, run_submissions, static_checks

REPO = Path(__file__).resolve().parents[2]
PROBLEMS = [problem for pack in load_packs(REPO / "problems") for problem in pack.problems]


def test_the_catalogue_covers_the_patterns():
    packs = {problem.pack for problem in PROBLEMS}
    assert {"two-pointers", "topological-sort", "dp-sequences", "vectorized-numpy"} <= packs


LEETCODE = [problem for problem in PROBLEMS if problem.leetcode is not None]


@pytest.mark.parametrize("problem", LEETCODE, ids=[p.slug for p in LEETCODE])
def test_a_leetcode_id_keeps_leetcodes_contract(problem):
    """Every problem that names a LeetCode id declares its constraints, and every example, hidden case
    and property input stays within them (no engine needed)."""
    assert problem.constraints, f"{problem.slug} names LeetCode {problem.leetcode} but declares no [constraints]"
    assert constraint_errors(problem) == []


@pytest.mark.docker
@pytest.mark.usefixtures("no_leftover_containers")
@pytest.mark.parametrize("problem", PROBLEMS, ids=[p.slug for p in PROBLEMS])
def test_pack_validates(problem, engine, judge_home):
    client, _ = engine
    image = require_image(client, load_runtime(problem.runtime))  # the problem's own runtime (pytorch: torch)
    check = ProblemCheck(problem.slug)
    try:
        static_checks(problem, check)
        assert not check.errors, check.errors
        run_submissions(problem, check, SandboxRun(client, image, judge_home / "hypothesis", judge_home / "cases"))
    finally:
        close_all()  # a runtime whose references run in a container: that container ends with the test
    wrong = [f"{s.path}: expected {s.expected}, got {s.got} ({s.failing_case})" for s in check.submissions if not s.ok]
    assert not wrong, wrong
