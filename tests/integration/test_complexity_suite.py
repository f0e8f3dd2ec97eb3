"""The labelled complexity suites, measured through the real sandbox (issues 5 and 15).

Every item of test_complexity_labels.py (the first suite) and of
test_complexity_labels_independent.py (solutions written for issue 15 alone,
with several size parameters and overall labels) is loaded into a sandbox and
measured with the default budget; the report's per-parameter classes must
equal the hand labels exactly (an "O(n) or O(n log n)" answer counts as a
miss) for at least 95% of the time labels and 95% of the space labels, and
for the independent suite so must the overall reading (the measured
expression's classes in every parameter and, with several, its growth with
all of them together).  Each suite then runs again while another process
keeps one core busy: the first must give the same labels, the independent
one the same accuracy bar.  Timings are never asserted, except the issue's
generous bound: a report costs at most 5 s (plus slack for a loaded machine).

Run it with ``-s`` to see the per-item table and the accuracy figures quoted
in the README.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import test_complexity_labels_independent as independent
from test_complexity_labels import GENERATORS, ITEMS, PROBLEMS, Item

from judge import growth
from judge.complexity.measure import Subject, measure
from judge.complexity.plan import Budget
from judge.complexity.report import ReportRequest, build_report
from judge.grading.calls import LoadedSubmission
from judge.growth import BY_KEY
from judge.packs.loader import load_problem
from judge.packs.model import Entry, PackLimits, Problem, SizeParameter
from judge.sandbox.container import Sandbox
from judge.sandbox.policy import Limits as SandboxLimits

pytestmark = [pytest.mark.docker]

REQUIRED_ACCURACY = 0.95
BUDGET_BOUND_S = 5.0 * 1.5  # the issue's 5 s, with slack for the other engineers' load on this machine
RESULTS_FILE = os.environ.get("JUDGE_COMPLEXITY_SUITE_JSON")


def synthetic_problem(item: Item, tmp: Path) -> Problem:
    """A problem around a synthetic function ``f``: two-sum-ii's metadata with the entry, limits and target
    replaced (built by replacement, so fields the pack format gains later keep working)."""
    base = load_problem(PROBLEMS / "two-pointers" / "two-sum-ii")
    return dataclasses.replace(
        base, slug=item.name.replace("_", "-"), title=item.name, pack="synthetic",
        entry=Entry(name="f", aliases=(), params=("x",), signature="def f(x)"),
        limits=PackLimits(time_s=5.0, memory_mb=512), complexity={"time": "O(n)", "space": "O(1)"},
        vectorized=item.numpy, directory=tmp, size_parameters=())


def subject_and_problem(item: Item, tmp: Path):
    if item.problem:
        problem = load_problem(PROBLEMS / item.problem)
        return Subject.from_problem(problem), problem, item.source
    problem = synthetic_problem(item, tmp)
    generator = GENERATORS.get(item.generator) or independent.GENERATORS[item.generator]
    specs = item.params or (("n", item.min, item.max, item.min, item.floor),)
    parameters = tuple(SizeParameter(name=name, generator=item.generator, min=low, max=high, fixed=fixed, floor=floor)
                       for name, low, high, fixed, floor in specs)
    subject = Subject(parameters=parameters, generators={p.name: generator for p in parameters},
                      wrap=not item.numpy, where="test_complexity_labels.py")
    return subject, problem, item.source


def classify(sandbox, item: Item, tmp: Path) -> dict:
    """Load one item into ``sandbox`` and measure it; its per-parameter labels (None where not one class)."""
    subject, problem, source = subject_and_problem(item, tmp)
    started = time.monotonic()
    loaded = LoadedSubmission(sandbox, problem).load(source=source)
    assert loaded.ok, f"{item.name}: {loaded.message}"
    measurement = measure(sandbox, subject, Budget())
    params = tuple(p.name for p in subject.parameters)
    # A synthetic item's target is a neutral linear sum: the report must not read its answer off the target.
    neutral = "O(" + "+".join(params) + ")"
    targets = problem.complexity if item.problem else {"time": neutral, "space": neutral}
    report = build_report(measurement, ReportRequest(params, targets["time"], targets["space"], problem.vectorized))
    out = {"name": item.name, "wall_s": round(time.monotonic() - started, 2), "cost_s": measurement.cost_s,
           "failure": measurement.failure, "vectorized": report["vectorized"]}
    for axis in ("time", "space"):
        by = report[axis]["by_parameter"]
        out[axis] = {p: _exact(by.get(p, {}).get("measured"), p) for p in params}
        out[axis + "_shown"] = {p: by.get(p, {}).get("measured") for p in params}
        out[axis + "_overall"] = report[axis]["measured"]
        diagonal = report[axis].get("diagonal") or {}
        out[axis + "_diagonal"] = diagonal.get("measured")
    return out


def overall_right(item: Item, result: dict, axis: str) -> bool:
    """Whether the report's overall reading is the item's overall label: one reading (no "or", no unknown
    combination) whose classes are the label's in every parameter and, with several, whose growth with all
    parameters together is the label's too."""
    label = item.overall[0 if axis == "time" else 1]
    shown = result[axis + "_overall"]
    params = tuple(item.time)
    if not shown or " or " in shown or "unknown" in shown:
        return False
    try:
        measured, wanted = growth.parse(shown, params, constants=True), growth.parse(label, params)
    except growth.ExpressionError:
        return False
    if measured.classes != wanted.classes:
        return False
    return len(params) == 1 or growth.diagonal(measured) == growth.diagonal(wanted)


def _exact(label: str | None, param: str) -> str | None:
    for known in BY_KEY.values():
        if label == known.label(param):
            return known.key
    return None


def run_suite(engine, tmp: Path, items: list[Item] = ITEMS) -> list[dict]:
    """Every item, in order.  Items of one problem (or the synthetic ones, NumPy apart) share a sandbox:
    each is loaded afresh into it (the runner's load replaces the entry), which saves a container start
    per item (about a second on a loaded machine) and changes nothing the measurement sees."""
    client, image = engine
    results = []
    for _, group in itertools.groupby(items, key=lambda item: (item.problem, item.numpy)):
        group = list(group)
        memory = max(subject_and_problem(item, tmp)[1].limits.memory_mb for item in group)
        with Sandbox(client, image, SandboxLimits(memory_mb=memory)) as sandbox:
            results += [classify(sandbox, item, tmp) for item in group]
    return results


def accuracy(results: list[dict], axis: str, items: list[Item] = ITEMS) -> float:
    right = total = 0
    for item, result in zip(items, results):
        wanted = getattr(item, axis)
        for param, label in wanted.items():
            total += 1
            right += result[axis].get(param) == label
    return right / total


def overall_accuracy(results: list[dict], axis: str, items: list[Item]) -> float:
    return sum(overall_right(item, result, axis) for item, result in zip(items, results)) / len(items)


def table(results: list[dict], items: list[Item] = ITEMS) -> str:
    lines = []
    for item, r in zip(items, results):
        marks = []
        for axis in ("time", "space"):
            for p, want in getattr(item, axis).items():
                got = r[axis].get(p)
                if got != want:
                    marks.append(f"{axis}[{p}] want {want} got {r[axis + '_shown'].get(p)}")
            if item.overall and not overall_right(item, r, axis):
                label = item.overall[0 if axis == "time" else 1]
                marks.append(f"{axis} overall want {label} got {r[axis + '_overall']} "
                             f"(together {r[axis + '_diagonal']})")
        status = "ok  " if not marks else "MISS"
        lines.append(f"{status} {item.name:48s} {r['cost_s']:5.2f}s  {'; '.join(marks)}"
                     + (f"  failure: {r['failure']}" if r["failure"] else ""))
    return "\n".join(lines)


@pytest.fixture(scope="module")
def quiet_results(engine, tmp_path_factory):
    return run_suite(engine, tmp_path_factory.mktemp("suite"))


def test_the_suite_has_the_issue_coverage():
    keys = {label for item in ITEMS + independent.ITEMS for label in item.time.values()}
    assert keys == set(BY_KEY), f"classes not covered: {set(BY_KEY) - keys}"
    assert len(ITEMS) >= 40
    assert any(item.numpy and item.vectorized for item in ITEMS)
    assert any(item.numpy and item.vectorized is False for item in ITEMS)


def test_labelled_suite_accuracy(quiet_results):
    time_accuracy, space_accuracy = accuracy(quiet_results, "time"), accuracy(quiet_results, "space")
    print(f"\n{table(quiet_results)}\ntime accuracy {time_accuracy:.1%}, space accuracy {space_accuracy:.1%} "
          f"over {len(ITEMS)} solutions")
    if RESULTS_FILE:
        Path(RESULTS_FILE).write_text(json.dumps({"time": time_accuracy, "space": space_accuracy,
                                                  "results": quiet_results}, indent=1))
    assert time_accuracy >= REQUIRED_ACCURACY
    assert space_accuracy >= REQUIRED_ACCURACY


def test_vectorization_check_is_right(quiet_results):
    for item, result in zip(ITEMS, quiet_results):
        if item.vectorized is not None:
            assert result["vectorized"] is item.vectorized, item.name
        else:
            assert result["vectorized"] is None, item.name


def test_every_report_stays_within_the_budget(quiet_results):
    slow = [(r["name"], r["cost_s"]) for r in quiet_results if r["cost_s"] > BUDGET_BOUND_S]
    assert not slow, f"reports over {BUDGET_BOUND_S} s: {slow}"


def test_numpy_buffers_are_not_the_solutions_memory(engine, tmp_path):
    # A broadcast allocates NumPy's ufunc buffer, min(size, 8192 values): with NumPy's default buffer this
    # O(1)-space division read O(n) over sizes up to 8192; the traced run shrinks the buffer (runner.py).
    item = Item(name="np_scale_by_first_row", time={"n": "n"}, space={"n": "1"}, generator="array", numpy=True,
                vectorized=True, min=64, max=8192, floor=4, source="""
def f(x):
    return x.reshape(-1, 4) / x[:4]
""")
    (result,) = run_suite(engine, tmp_path, [item])
    assert result["space"] == {"n": "1"}, result["space_shown"]
    assert result["vectorized"] is True


def test_same_labels_while_another_process_keeps_a_core_busy(engine, quiet_results, tmp_path):
    busy = subprocess.Popen([sys.executable, "-c", "while True:\n    pass\n"])
    try:
        busy_results = run_suite(engine, tmp_path)
    finally:
        busy.kill()
        busy.wait()
    changed = [(q["name"], axis, q[axis + "_shown"], b[axis + "_shown"])
               for q, b in zip(quiet_results, busy_results) for axis in ("time", "space") if q[axis] != b[axis]]
    print(f"\nbusy core: {len(changed)} label changes\n{table(busy_results)}")
    assert not changed, f"labels changed under load: {changed}"


def test_the_independent_suite_is_its_own():
    """Issue 15: at least 60 solutions, none of them a pack's, every one labelled per parameter and overall."""
    items = independent.ITEMS
    assert len(items) >= 60 and not any(item.problem for item in items)
    assert len({item.name for item in items}) == len(items)
    submitted = {path.read_text() for path in PROBLEMS.glob("*/*/submissions/*/*.py")} | {
        path.read_text() for path in PROBLEMS.glob("*/*/reference.py")}
    assert not any(item.source in submitted for item in items)
    for item in items:
        assert item.overall and set(item.time) == set(item.space), item.name
        params = tuple(item.time)
        for axis, label in zip(("time", "space"), item.overall):
            classes = {p: g.key for p, g in growth.parse(label, params).classes.items()}
            assert classes == getattr(item, axis), f"{item.name}: {label} is not its per-parameter labels"
    families = {"dijkstra", "grid_bfs", "grid_dfs", "lcs", "memo", "tree_", "quickselect", "interval", "subsets",
                "permutations", "np_", "union_find"}
    assert all(any(f in item.name for item in items) for f in families)
    assert {"n 2^n", "n!", "n n!"} <= {label for item in items for label in item.time.values()}


def _independent_report(results: list[dict], heading: str) -> tuple[float, float, float, float]:
    items = independent.ITEMS
    figures = (accuracy(results, "time", items), accuracy(results, "space", items),
               overall_accuracy(results, "time", items), overall_accuracy(results, "space", items))
    print(f"\n{heading}\n{table(results, items)}\nper parameter: time {figures[0]:.1%}, space {figures[1]:.1%}; "
          f"overall: time {figures[2]:.1%}, space {figures[3]:.1%}; over {len(items)} solutions")
    if RESULTS_FILE:
        Path(RESULTS_FILE).with_suffix(f".{heading.split()[0]}.json").write_text(json.dumps(
            {"figures": figures, "results": results}, indent=1))
    return figures


@pytest.fixture(scope="module")
def independent_results(engine, tmp_path_factory):
    return run_suite(engine, tmp_path_factory.mktemp("independent"), independent.ITEMS)


def test_independent_suite_accuracy(independent_results):
    figures = _independent_report(independent_results, "quiet machine")
    assert min(figures) >= REQUIRED_ACCURACY


def test_independent_suite_accuracy_while_a_core_is_busy(engine, independent_results, tmp_path):
    busy = subprocess.Popen([sys.executable, "-c", "while True:\n    pass\n"])
    try:
        busy_results = run_suite(engine, tmp_path, independent.ITEMS)
    finally:
        busy.kill()
        busy.wait()
    figures = _independent_report(busy_results, "busy core")
    assert min(figures) >= REQUIRED_ACCURACY
