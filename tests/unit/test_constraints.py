"""[constraints]: the named checks, constraints.py, malformed tables, and the validator refusing inputs
outside the contract a problem declares."""

from pathlib import Path

import pytest

from judge.errors import PackError
from judge.packs.constraints import check_constraints
from judge.packs.loader import load_problem
from judge.sandbox.wire import build_tree
from judge.validation import ProblemCheck, constraint_errors, static_checks

REPO = Path(__file__).resolve().parents[2]
TWO_SUM = REPO / "problems" / "two-pointers" / "two-sum-ii"  # params: numbers, target


def with_constraints(problem_dir, block, check_source=None):
    """problem.toml with its [constraints] replaced by `block` (the table is the file's last); constraints.py
    replaced by `check_source`, or removed."""
    path = problem_dir / "problem.toml"
    text = path.read_text()
    path.write_text(text[: text.index("[constraints]")] + block)
    script = problem_dir / "constraints.py"
    if check_source is None:
        script.unlink(missing_ok=True)
    else:
        script.write_text(check_source)
    return load_problem(problem_dir)


# Each named check: a table, an input it accepts, an input it refuses, and what the refusal says.
NAMED_CHECKS = [
    ("int", 'target = { int = [-3, 3] }', [[], 3], [[], 4], "target: 4 is above 3"),
    ("int, not bool", 'target = { int = [0, 3] }', [[], 1], [[], True], "target: True is not an int"),
    ("int, expression bound", 'target = { int = [0, "len(numbers) - 1"] }', [[5, 6, 7], 2], [[5, 6, 7], 3],
     "target: 3 is above len(numbers) - 1 = 2"),
    ("len", "numbers = { len = [2, 3] }", [[1, 2], 0], [[1], 0], "numbers: length 1 is below 2"),
    ("each", "numbers = { each = { int = [0, 9] } }", [[0, 9], 0], [[1, 10], 0], "numbers[1]: 10 is above 9"),
    ("items", "numbers = { each = { items = [{ int = [0, 1] }, { int = [5, 6] }] } }", [[[0, 5], [1, 6]], 0],
     [[[0, 5], [1, 7]], 0], "numbers[1][1]: 7 is above 6"),
    ("items, shape", "numbers = { each = { items = [{ int = [0, 1] }, { int = [5, 6] }] } }", [[[1, 6]], 0],
     [[[0, 5, 1]], 0], "numbers[0]: [0, 5, 1] has 3 items, not 2"),
    ("distinct", "numbers = { distinct = true }", [[[1, 2], [2, 1]], 0], [[[1, 2], [3, 4], [1, 2]], 0],
     "numbers: items 0 and 2 are equal ([1, 2], [1, 2]); they must be distinct"),
    ("distinct unordered", 'numbers = { distinct = "unordered" }', [[[1, 2], [1, 3]], 0], [[[1, 2], [2, 1]], 0],
     "numbers: items 0 and 1 are equal as unordered pairs ([1, 2], [2, 1]); they must be distinct"),
    ("distinct by positions", "numbers = { distinct = [0, 1] }", [[[1, 2, 5], [1, 3, 5]], 0],
     [[[1, 2, 5], [1, 2, 6]], 0],
     "numbers: items 0 and 1 agree at positions [0, 1] ([1, 2, 5], [1, 2, 6]); they must be distinct"),
    ("differ (a != b)", "numbers = { each = { differ = [0, 1] } }", [[[3, 4]], 0], [[[3, 4], [5, 5]], 0],
     "numbers[1]: items 0 and 1 are both 5 (they must differ)"),
    ("sorted non-decreasing", 'numbers = { sorted = "non-decreasing" }', [[1, 1, 2], 0], [[1, 3, 2], 0],
     "numbers: items 1 and 2 (3, 2) break the order (must be non-decreasing)"),
    ("sorted increasing", 'numbers = { sorted = "increasing" }', [[1, 2, 3], 0], [[1, 2, 2], 0],
     "numbers: items 1 and 2 (2, 2) break the order (must be increasing)"),
    ("chars", 'numbers = { chars = "a-z" }', ["abz", 0], ["abC", 0], "numbers: character 'C' at 2 is not in [a-z]"),
    ("one_of", 'numbers = { each = { one_of = ["0", "1"] } }', [["0", "1"], 0], [["0", "2"], 0],
     "numbers[1]: '2' is not one of ['0', '1']"),
    ("one_of, types", "numbers = { each = { one_of = [0, 1] } }", [[0, 1], 0], [[0, True], 0],
     "numbers[1]: True is not one of [0, 1]"),
    ("same_len", "numbers = { same_len = true }", [[[1, 2], [3, 4]], 0], [[[1, 2], [3]], 0],
     "numbers: item 1 has length 1, item 0 has 2 (all must be equal)"),
    ("total_len", "numbers = { total_len = [1, 3] }", [[[1, 2], [3]], 0], [[[1, 2], [3, 4]], 0],
     "numbers: total length 4 is above 3"),
    ("tree nodes", "numbers = { len = [1, 3] }", [build_tree([1, 2, 3]), 0], [build_tree([1, 2, 3, 4]), 0],
     "numbers: length 4 is above 3"),
    ("tree depth", "numbers = { depth = [0, 2] }", [build_tree([1, 2, 3]), 0], [build_tree([1, 2, None, 3]), 0],
     "numbers: depth 3 is above 2"),
    ("tree values", "numbers = { each = { int = [0, 9] } }", [build_tree([1, None, 9]), 0],
     [build_tree([1, None, 10]), 0], "numbers node 1: 10 is above 9"),
]


@pytest.mark.parametrize("table, good, bad, message", [c[1:] for c in NAMED_CHECKS], ids=[c[0] for c in NAMED_CHECKS])
def test_each_named_check_accepts_and_refuses(problem_dir, table, good, bad, message):
    problem = with_constraints(problem_dir, f"[constraints]\n{table}\n")
    assert check_constraints(problem, good) == []
    assert check_constraints(problem, bad) == [message]


def test_one_violation_per_parameter_and_the_wrong_argument_count(problem_dir):
    problem = with_constraints(problem_dir, "[constraints]\nnumbers = { each = { int = [0, 9] } }\n"
                                            "target = { int = [0, 9] }\n")
    assert check_constraints(problem, [[10, 11], -1]) == ["numbers[0]: 10 is above 9", "target: -1 is below 0"]
    assert check_constraints(problem, [[1]]) == ["1 arguments, but entry.params names 2"]


def test_constraints_py_adds_a_custom_check(problem_dir):
    source = ("def check(args):\n    numbers, target = args\n"
              "    return None if target in numbers else f'target: {target} is not in numbers'\n")
    problem = with_constraints(problem_dir, '[constraints]\ncustom = "target is one of the numbers"\n'
                                            "numbers = { len = [1, 5] }\n", source)
    assert problem.constraints.custom == "target is one of the numbers"
    assert check_constraints(problem, [[1, 2], 2]) == []
    assert check_constraints(problem, [[1, 2], 3]) == ["target: 3 is not in numbers"]
    assert check_constraints(problem, [[], 3]) == ["numbers: length 0 is below 1", "target: 3 is not in numbers"]
    assert check_constraints(problem, [5, 3]) == [
        "numbers: 5 has no length (a list, string, tree or linked list was expected)",
        "constraints.py's check(args) raised TypeError: argument of type 'int' is not iterable"]


def test_custom_needs_constraints_py_and_constraints_py_needs_custom(problem_dir):
    with pytest.raises(PackError, match=r"constraints\.py: file is missing"):
        with_constraints(problem_dir, '[constraints]\ncustom = "something"\n')
    with pytest.raises(PackError) as info:
        with_constraints(problem_dir, "[constraints]\ntarget = { int = [0, 1] }\n", "def check(args):\n    return None\n")
    assert "`constraints.custom`" in str(info.value)


@pytest.mark.parametrize("block, field", [
    ("[constraints]\nnums = { int = [1, 2] }\n", "constraints.nums"),
    ("[constraints]\nnumbers = {}\n", "constraints.numbers"),
    ("[constraints]\nnumbers = [1, 2]\n", "constraints.numbers"),
    ("[constraints]\nnumbers = { lenn = [1, 2] }\n", "constraints.numbers.lenn"),
    ("[constraints]\nnumbers = { len = [1] }\n", "constraints.numbers.len"),
    ("[constraints]\nnumbers = { len = [1, 2.5] }\n", "constraints.numbers.len"),
    ('[constraints]\ntarget = { int = [0, "len(nums)"] }\n', "constraints.target.int"),
    ('[constraints]\ntarget = { int = [0, "__import__(1)"] }\n', "constraints.target.int"),
    ('[constraints]\ntarget = { int = [0, "numbers.count"] }\n', "constraints.target.int"),
    ('[constraints]\nnumbers = { sorted = "up" }\n', "constraints.numbers.sorted"),
    ('[constraints]\nnumbers = { distinct = "yes" }\n', "constraints.numbers.distinct"),
    ("[constraints]\nnumbers = { differ = [0] }\n", "constraints.numbers.differ"),
    ('[constraints]\nnumbers = { chars = "" }\n', "constraints.numbers.chars"),
    ("[constraints]\nnumbers = { one_of = [] }\n", "constraints.numbers.one_of"),
    ("[constraints]\nnumbers = { same_len = false }\n", "constraints.numbers.same_len"),
    ("[constraints]\nnumbers = { each = 3 }\n", "constraints.numbers.each"),
    ("[constraints]\nnumbers = { each = { items = [1, 2] } }\n", "constraints.numbers.each.items"),
    ("[constraints]\nnumbers = { each = { items = [{ int = [1] }] } }\n", "constraints.numbers.each.items[0].int"),
    ('[constraints]\ncustom = ""\n', "constraints.custom"),
])
def test_a_malformed_table_names_the_field(problem_dir, block, field):
    with pytest.raises(PackError) as info:
        with_constraints(problem_dir, block)
    assert str(problem_dir / "problem.toml") in str(info.value)
    assert f"`{field}`" in str(info.value)


def test_variant_of_is_read_and_excludes_leetcode(problem_dir):
    path = problem_dir / "problem.toml"
    path.write_text(path.read_text().replace("leetcode = 167", "variant_of = 167"))
    problem = load_problem(problem_dir)
    assert problem.variant_of == 167 and problem.leetcode is None
    path.write_text(path.read_text().replace("variant_of = 167", "leetcode = 167\nvariant_of = 167"))
    with pytest.raises(PackError) as info:
        load_problem(problem_dir)
    assert "`variant_of`" in str(info.value)


def test_the_shipped_problem_is_within_its_contract():
    assert constraint_errors(load_problem(TWO_SUM)) == []


def test_the_validator_refuses_hidden_cases_outside_the_contract(problem_dir):
    problem = with_constraints(problem_dir, "[constraints]\nnumbers = { len = [2, 100] }\n")
    check = ProblemCheck(problem.slug)
    static_checks(problem, check)
    broken = [e for e in check.errors if e.startswith("cases.py: case ")]
    assert broken, check.errors
    assert broken[0].endswith(": numbers: length 1500 is above 100")
    assert any(e.startswith("cases.py: ") and e.endswith("more inputs break the constraints") for e in check.errors)
    assert not any(e.startswith("strategy.py") for e in check.errors)  # property lists stay under 30 numbers


def test_the_validator_refuses_property_inputs_outside_the_contract(problem_dir):
    (problem_dir / "strategy.py").write_text(
        "from hypothesis import strategies as st\n\n\n"
        "def arguments():\n    return st.integers(998, 1003).map(lambda t: [[1, t - 1], t])\n")
    problem = with_constraints(problem_dir, "[constraints]\ntarget = { int = [-1000, 1000] }\n")
    errors = constraint_errors(problem)
    assert errors and all(e.startswith("strategy.py: ") for e in errors), errors
    first = errors[0]
    assert first.startswith("strategy.py: property input ") and " (numbers = [1, 10" in first
    assert first.endswith(" is above 1000")


def test_a_leetcode_problem_must_declare_its_contract(problem_dir):
    path = problem_dir / "problem.toml"
    text = path.read_text()
    path.write_text(text[: text.index("[constraints]")])
    (problem_dir / "constraints.py").unlink()
    errors = constraint_errors(load_problem(problem_dir))
    assert errors == ["problem.toml: names leetcode = 167 but declares no [constraints]; declare LeetCode's "
                      "constraints (problems/README.md), or drop the id and write variant_of"]


def test_a_sweep_input_may_pass_the_sizes_but_not_the_values(problem_dir):
    """Complexity generators' inputs (check_constraints(..., sweep=True)): past len, total_len, depth and a
    top-level int (a count), never past a value inside the input, and constraints.py is not asked."""
    problem = with_constraints(problem_dir, '[constraints]\ncustom = "never"\ntarget = { int = [0, 5] }\n'
                               'numbers = { len = [1, 3], each = { int = [0, 9] } }\n',
                               "def check(args):\n    return 'constraints.py refuses everything'\n")
    too_long = [[1, 2, 3, 4], 9]
    assert check_constraints(problem, too_long) == ["target: 9 is above 5", "numbers: length 4 is above 3",
                                                    "constraints.py refuses everything"]
    assert check_constraints(problem, too_long, sweep=True) == []
    assert check_constraints(problem, [[1, 2, 30], 9], sweep=True) == ["numbers[2]: 30 is above 9"]
    assert check_constraints(problem, [[], -1], sweep=True) == ["target: -1 is below 0",
                                                                "numbers: length 0 is below 1"]
