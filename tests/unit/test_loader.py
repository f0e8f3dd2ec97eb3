"""Loading packs: errors name the file and the field at fault."""

from pathlib import Path

import pytest

from judge.errors import PackError, UsageError
from judge.packs.loader import infer_problem, load_pack, load_problem

REPO = Path(__file__).resolve().parents[2]
TWO_SUM = REPO / "problems" / "two-pointers" / "two-sum-ii"


def edit_toml(problem_dir, old, new):
    path = problem_dir / "problem.toml"
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new))


def test_the_shipped_problem_loads():
    problem = load_problem(TWO_SUM)
    assert problem.slug == "two-sum-ii" and problem.leetcode == 167
    assert problem.entry.name == "two_sum_sorted" and problem.entry.aliases == ("twoSum",)
    assert len(problem.hidden_cases) >= 25
    assert all(case.tags for case in problem.hidden_cases)


@pytest.mark.parametrize("old, new, field", [
    ('difficulty = "medium"', 'difficulty = "tricky"', "difficulty"),
    ('name = "two_sum_sorted"', 'name = "two-sum"', "entry.name"),
    ('time_s = 1.0', 'time_s = "fast"', "limits.time_s"),
    ('time = "O(n)"', 'time = "linear"', "complexity.time"),
    ('mode = "exact"', 'mode = "fuzzy"', "compare.mode"),
    ('slug = "two-sum-ii"', 'slug = "other"', "slug"),
])
def test_bad_fields_are_named(problem_dir, old, new, field):
    edit_toml(problem_dir, old, new)
    with pytest.raises(PackError) as info:
        load_problem(problem_dir)
    assert str(problem_dir / "problem.toml") in str(info.value)
    assert f"`{field}`" in str(info.value)


def test_missing_file_is_named(problem_dir):
    (problem_dir / "strategy.py").unlink()
    with pytest.raises(PackError, match="strategy.py: file is missing"):
        load_problem(problem_dir)


def test_broken_toml_is_named(problem_dir):
    (problem_dir / "problem.toml").write_text("slug = ")
    with pytest.raises(PackError, match="problem.toml: not valid TOML"):
        load_problem(problem_dir)


def test_untagged_hidden_case_is_refused(problem_dir):
    (problem_dir / "cases.py").write_text("EXAMPLES = []\ndef hidden_cases():\n    return [{'args': [[1, 2], 3]}]\n")
    with pytest.raises(PackError, match=r"hidden_cases\(\) case 1 has no `tags`"):
        load_problem(problem_dir).hidden_cases


def test_pack_needs_pack_toml(problem_dir):
    (problem_dir.parent / "pack.toml").unlink()
    with pytest.raises(PackError, match="pack.toml: file is missing"):
        load_pack(problem_dir.parent)


def test_problem_inferred_from_marker_or_file_name(tmp_path):
    marked = tmp_path / "whatever.py"
    marked.write_text("# judge: problem=two-sum-ii\ndef two_sum_sorted(n, t): ...\n")
    assert infer_problem(marked).slug == "two-sum-ii"
    named = tmp_path / "two_sum_ii.py"
    named.write_text("")
    assert infer_problem(named).slug == "two-sum-ii"
    unknown = tmp_path / "mystery.py"
    unknown.write_text("")
    with pytest.raises(UsageError, match="--problem"):
        infer_problem(unknown)


def test_a_harness_builds_what_the_reference_gets_and_keys_the_prepared_cases(problem_dir):
    from judge.grading.prepared import cache_key

    problem = load_problem(problem_dir)
    assert problem.harness_source is None
    without = cache_key(problem)
    # The case says "numbers 1..n"; the harness builds the list the reference then receives.
    (problem_dir / "harness.py").write_text("def build(args):\n    n, target = args\n"
                                            "    return [list(range(1, n + 1)), target]\n")
    problem = load_problem(problem_dir)
    assert problem.harness_source.startswith("def build")
    assert problem.expected_answer([5, 9]) == [4, 5]
    assert cache_key(problem) != without  # a changed harness changes every expected answer
