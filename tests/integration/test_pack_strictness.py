"""`judge pack validate` is as strict as Kattis' verifyproblem: every mistake a pack author can make in
problem.toml, generators.py or submissions/ fails validation with one line naming the fix."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TWO_SUM = REPO / "problems" / "two-pointers" / "two-sum-ii"


def validate(path):
    proc = subprocess.run([sys.executable, "-m", "judge", "pack", "validate", str(path), "--static"],
                          capture_output=True, text=True, timeout=600)
    return proc.returncode, proc.stdout + proc.stderr


def copy(tmp_path) -> Path:
    problem = tmp_path / "two-sum-ii"
    shutil.copytree(TWO_SUM, problem)
    return problem


def edit(path: Path, old: str, new: str):
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new))


def test_the_shipped_problem_passes(tmp_path):
    code, out = validate(copy(tmp_path))
    assert code == 0, out


@pytest.mark.parametrize("file, old, new, said", [
    pytest.param("problem.toml", 'generator = "pair_in_the_middle"', 'generator = "pair_in_middle"',
                 "generators.py: `pair_in_middle()` is not defined; define it, or fix complexity.sizes.n.generator",
                 id="a misnamed generator"),
    pytest.param("generators.py", "values = [-1000 + 4 *", "values = [-2000 + 4 *",
                 "generators.py: `pair_in_the_middle`(n=2) makes an input outside [constraints]: numbers[0]: -1999 "
                 "is below -1000; fix the generator", id="a generated input outside the constraints"),
    pytest.param("generators.py", "return [values, values[low] + values[high]]",
                 "import random\n    return [values, values[low] + values[high] + random.random()]",
                 "made two different inputs from one seed; draw every random choice from its `rng` argument",
                 id="an unseeded generator"),
    pytest.param("cases.py", '"args": [[1, 2], 3], "expected": [1, 2]', '"args": [[1, 2000], 2001], "expected": [1, 2]',
                 "cases.py: case 1: numbers[1]: 2000 is above 1000", id="a hidden case outside the constraints"),
])
def test_a_mistake_fails_with_one_line_naming_the_fix(tmp_path, file, old, new, said):
    problem = copy(tmp_path)
    edit(problem / file, old, new)
    code, out = validate(problem)
    assert code == 1 and said in out


def test_an_unknown_key(tmp_path):
    problem = copy(tmp_path)
    edit(problem / "problem.toml", "[limits]", "[limit]")
    code, out = validate(problem)
    assert code == 1  # a problem that does not load fails itself, not the run
    assert "problem.toml: field `limit` is unknown; the fields of the top level are " in out and "limits" in out
    problem = copy(tmp_path / "again")
    edit(problem / "problem.toml", "min = 256", "minimum = 256")
    code, out = validate(problem)
    assert code == 1 and "field `complexity.sizes.n.minimum` is unknown; the fields of [complexity.sizes.n]" in out


def test_an_unknown_submissions_folder(tmp_path):
    problem = copy(tmp_path)
    (problem / "submissions" / "time_limit").rename(problem / "submissions" / "tle")
    code, out = validate(problem)
    assert code == 1
    assert "submissions/tle/: not a verdict folder; rename it to one of accepted, wrong_answer, time_limit" in out


def test_a_generator_may_pass_the_sizes_but_not_the_values(tmp_path):
    """n = 32768 passes the statement's 30_000 numbers (a sweep may); a value past 1000 may not."""
    problem = copy(tmp_path)
    edit(problem / "generators.py", "values[high] += 2",
         "values[high] += 2\n    values[-1] = 1004 if n > 30_000 else values[-1]")
    code, out = validate(problem)
    assert code == 1
    assert ("`pair_in_the_middle`(n=32768) makes an input outside [constraints]: numbers[32767]: 1004 is above "
            "1000") in out
    edit(problem / "problem.toml", 'generator = "pair_in_the_middle"',
         'generator = "pair_in_the_middle"\npast_constraints = "no solution depends on the values"')
    code, out = validate(problem)
    assert code == 0, out


def test_a_problem_without_sizes_must_say_why(tmp_path):
    problem = copy(tmp_path)
    toml = problem / "problem.toml"
    text = toml.read_text()
    start = text.index("[complexity.sizes.n]")
    toml.write_text(text[:start] + text[text.index("[constraints]"):])
    code, out = validate(problem)
    assert code == 1 and "no [complexity.sizes]" in out and "`[complexity] no_sizes`" in out
    edit(toml, 'space = "O(1)"', 'space = "O(1)"\nno_sizes = "a test problem"')
    code, out = validate(problem)
    assert code == 0, out


def test_a_wrong_hand_written_answer_shows_the_references(tmp_path):
    problem = copy(tmp_path)
    edit(problem / "cases.py", '"args": [[1, 2], 3], "expected": [1, 2]', '"args": [[1, 2], 3], "expected": [2, 1]')
    code, out = validate(problem)
    assert code == 1
    assert "hidden case 1: the reference disagrees with `expected`" in out  # numbered from 1, as submit does
    assert "expected [2, 1], the reference returned [1, 2]; fix `expected` or reference.py" in out


def test_a_problem_that_does_not_load_fails_alone(tmp_path):
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "pack.toml").write_text('name = "pack"\ntitle = "A pack"\n')
    shutil.copytree(TWO_SUM, pack / "two-sum-ii")
    shutil.copytree(TWO_SUM, pack / "two-sum-iii")  # its slug still says two-sum-ii
    code, out = validate(pack)
    assert code == 1
    assert "OK   two-sum-ii" in out and "FAIL two-sum-iii" in out
    assert "field `slug` must equal the directory name 'two-sum-iii'" in out
