"""[complexity.sizes] in problem.toml and generators.py: parsed, checked, every error names file and field."""

import random
import shutil
from pathlib import Path

import pytest

from judge.complexity import ComplexityOptions, check_claims
from judge.errors import PackError, UsageError
from judge.packs.loader import load_problem

REPO = Path(__file__).resolve().parents[2]
TWO_SUM = REPO / "problems" / "two-pointers" / "two-sum-ii"
FIRST_PROBLEMS = ["two-pointers/two-sum-ii", "dp-sequences/longest-increasing-subsequence",
                  "topological-sort/course-schedule", "topological-sort/course-schedule-ii",
                  "vectorized-numpy/pairwise-sq-dists"]


@pytest.fixture
def problem_dir(tmp_path):
    target = tmp_path / "pack" / "two-sum-ii"
    shutil.copytree(TWO_SUM, target)
    return target


def edit(problem_dir, old, new):
    path = problem_dir / "problem.toml"
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new))


def test_the_size_parameter_loads(problem_dir):
    (parameter,) = load_problem(problem_dir).size_parameters
    assert (parameter.name, parameter.generator, parameter.min, parameter.fixed) == ("n", "pair_in_the_middle",
                                                                                    256, 256)
    assert parameter.max >= 128 * parameter.min


@pytest.mark.parametrize("old, new, field", [
    ('generator = "pair_in_the_middle"\n', "", "complexity.sizes.n.generator"),
    ('generator = "pair_in_the_middle"', 'generator = "not a name"', "complexity.sizes.n.generator"),
    ("min = 256", "min = 0", "complexity.sizes.n.min"),
    ("max = 32768", "max = 1024", "complexity.sizes.n.max"),
    ("min = 256\nmax = 32768", "min = 4\nmax = 9", "complexity.sizes.n.max"),  # a small ladder of 5 steps
    ("floor = 2", "floor = 300", "complexity.sizes.n.floor"),
    ("floor = 2", "floor = 2\nfixed = 1", "complexity.sizes.n.fixed"),
    ("[complexity.sizes.n]", "[complexity.sizes.log]", "complexity.sizes.log"),
    ('time = "O(n)"', 'time = "O(n log"', "complexity.time"),
    ('space = "O(1)"', 'space = "O(n^1.5)"', "complexity.space"),
    ("max = 32768", "max = 32768\nstep = 0", "complexity.sizes.n.step"),
    ("max = 32768", "max = 264\nstep = 2", "complexity.sizes.n.max"),  # 256 .. 264 by 2: 5 sizes, 6 needed
    ("max = 32768", "max = 32768\npast_constraints = \" \"", "complexity.sizes.n.past_constraints"),
    ("max = 32768", "max = 32768\nmaximum = 1", "complexity.sizes.n.maximum"),
    ("[limits]", "[limit]", "limit"),
    ("[compare]", "[compare]\ntolerance = 1", "compare.tolerance"),
    ('space = "O(1)"', 'space = "O(1)"\nno_sizes = "measured anyway"', "complexity.no_sizes"),
])
def test_errors_name_the_file_and_the_field(problem_dir, old, new, field):
    edit(problem_dir, old, new)
    with pytest.raises(PackError) as info:
        load_problem(problem_dir)
    assert str(problem_dir / "problem.toml") in str(info.value) and f"`{field}`" in str(info.value)


def test_exponential_work_may_climb_a_small_ladder(problem_dir):
    edit(problem_dir, "min = 256\nmax = 32768", "min = 4\nmax = 18")
    (parameter,) = load_problem(problem_dir).size_parameters
    assert (parameter.min, parameter.max) == (4, 18)


def test_a_step_ladder_loads(problem_dir):
    edit(problem_dir, "max = 32768", "max = 264\nstep = 2")
    with pytest.raises(PackError, match="at least 6 sizes"):
        load_problem(problem_dir)
    edit(problem_dir, "max = 264", "max = 266")
    (parameter,) = load_problem(problem_dir).size_parameters
    assert (parameter.min, parameter.max, parameter.step) == (256, 266, 2)


def test_sizes_need_generators_py(problem_dir):
    (problem_dir / "generators.py").unlink()
    with pytest.raises(PackError, match="generators.py: file is missing"):
        load_problem(problem_dir)


def test_a_missing_generator_function_is_named(problem_dir):
    edit(problem_dir, 'generator = "pair_in_the_middle"', 'generator = "nowhere"')
    problem = load_problem(problem_dir)
    with pytest.raises(PackError, match=r"generators.py: `nowhere\(\)` is not defined"):
        problem.size_generator(problem.size_parameters[0])


@pytest.mark.parametrize("where", FIRST_PROBLEMS)
def test_the_first_problems_generate_inputs_their_reference_accepts(where):
    problem = load_problem(REPO / "problems" / where)
    assert problem.size_parameters, f"{where} has no [complexity.sizes]"
    for parameter in problem.size_parameters:
        generate = problem.size_generator(parameter)
        for size in (parameter.floor, parameter.min, parameter.min * 4):
            sizes = {p.name: (size if p is parameter else p.fixed) for p in problem.size_parameters}
            args = generate(dict(sizes), random.Random(1))
            answer = problem.expected_answer(args)  # the reference runs: the input is valid
            assert answer is not None
        again = generate(dict(sizes), random.Random(1))
        assert repr(again) == repr(args), "generators must be deterministic for a seeded rng"


def test_claims_are_checked_before_anything_runs(problem_dir):
    problem = load_problem(problem_dir)
    check_claims(problem, ComplexityOptions(claim_time="O(n log n)", claim_space="O(1)"))
    with pytest.raises(UsageError, match="--space-claim 'O\\(n\\^1.5\\)'"):
        check_claims(problem, ComplexityOptions(claim_space="O(n^1.5)"))
    graph = load_problem(REPO / "problems" / "topological-sort" / "course-schedule")
    with pytest.raises(UsageError, match="names 'n', but a claim here may use only V, E"):
        check_claims(graph, ComplexityOptions(claim_time="O(n)"))
    check_claims(graph, ComplexityOptions(claim_time="O(V+E)"))
