"""The measurement driver: sweeps of generated inputs through a loaded submission's sandbox.

Inputs are generated on the host and sent over the wire, one ``measure``
request per size (see judge/sandbox/runner.py).  Generating in the container
would keep big inputs off the wire, but the generators are pack code, and pack
code is trusted host code: the image stays problem-agnostic, the untrusted
side never influences what it is measured on, and the same seeded input is
reproducible on the host.  The wire is cheap at these sizes (the largest
inputs are a few MB of JSON, a few tens of ms per sweep).

The container only returns numbers.  Every answer is read under a small cap
and checked field by field: integers where integers belong, finite
non-negative numbers, nothing unexpected.  Anything else ends the measurement
with a ``failure``, and the report says "inconclusive" (fail closed); so does
a submission that raises on a generated input, or a sandbox that dies.
"""

from __future__ import annotations

import math
import random
import time
from dataclasses import dataclass, field
from typing import Callable

from judge.complexity import plan
from judge.complexity.plan import Budget
from judge.packs.model import Problem, SizeParameter
from judge.sandbox import wire
from judge.sandbox.container import Fault

MEASURE_ANSWER_BYTES = 64 << 10  # a measurement is a handful of numbers
REQUEST_GRACE_S = 10.0  # decoding and copying a big input, on top of the runs' CPU budgets
FRAME_BYTES = 128  # what one Python frame costs on the interpreter's stack (3.13, a few locals)
MAX_COUNT = 10 ** 13
MAX_BYTES = 1 << 40
MAX_DEPTH = 10 ** 7
ANSWER_KEYS = {"op", "id", "ok", "over_budget", "count", "depth", "wrapped", "count_cpu_s", "peak_bytes",
               "retained_bytes", "space_cpu_s", "times_s"}


@dataclass
class Subject:
    """What a sweep needs to know about the problem: its size parameters, generators and calling convention."""

    parameters: tuple[SizeParameter, ...]
    generators: dict[str, Callable]
    returns_arg: int | None = None
    wrap: bool = True  # count comparisons done in C (off for NumPy problems: arrays are not wrapped)
    where: str = ""  # the generators' file, for messages

    @classmethod
    def from_problem(cls, problem: Problem) -> "Subject | None":
        """The problem's subject, or None when it declares no size parameters; PackError for a broken pack."""
        if not problem.size_parameters:
            return None
        return cls(parameters=problem.size_parameters,
                   generators={p.name: problem.size_generator(p) for p in problem.size_parameters},
                   returns_arg=problem.entry.returns_arg, wrap=not problem.uses_numpy,
                   where=str(problem.directory / "generators.py"))


@dataclass
class Point:
    """One size of one sweep, as the sandbox measured it."""

    parameter: str
    size: int
    sizes: dict[str, int]
    count: int  # Python-level steps (loop iterations, frames started or resumed), exact
    depth: int  # deepest frame nesting
    wrapped: bool  # C-level comparisons were counted too
    time_s: float  # the least CPU time over the repeats
    times_s: list[float]
    peak_bytes: int | None  # None: the traced run was skipped or ran over budget at this size
    retained_bytes: int | None  # what the run left alive: its output
    count_cpu_s: float = 0.0  # CPU of the counted run: what the next size's run is predicted from
    space_cpu_s: float | None = None

    @property
    def heap_bytes(self) -> int | None:
        """The heap peak less the output (the input was allocated before tracing started)."""
        return None if self.peak_bytes is None else max(0, self.peak_bytes - self.retained_bytes)

    @property
    def space_bytes(self) -> int | None:
        """Auxiliary space: the heap above input and output, plus the call stack."""
        return None if self.peak_bytes is None else self.heap_bytes + self.depth * FRAME_BYTES

    def to_json(self) -> dict:
        return {"parameter": self.parameter, "size": self.size, "sizes": dict(self.sizes), "count": self.count,
                "time_s": self.time_s, "space_bytes": self.space_bytes, "depth": self.depth,
                "wrapped": self.wrapped}


@dataclass
class Series:
    parameter: str
    points: list[Point] = field(default_factory=list)
    stop: str = ""  # why the ladder ended: "max size", "run budget", "total budget"

    @property
    def sizes(self) -> list[int]:
        return [p.size for p in self.points]

    @property
    def space_points(self) -> list[Point]:
        return [p for p in self.points if p.peak_bytes is not None]


@dataclass
class Measurement:
    series: list[Series]
    failure: str | None = None  # set: the report is inconclusive
    cost_s: float = 0.0

    @property
    def points(self) -> list[Point]:
        return [p for s in self.series for p in s.points]


class _Failed(Exception):
    """The measurement cannot go on; the message says why, in one line."""


class _OverBudget(Exception):
    pass


def measure(sandbox, subject: Subject, budget: Budget = Budget(), progress=None) -> Measurement:
    """Run every sweep of ``subject`` in ``sandbox`` (a started sandbox with the submission loaded)."""
    started = time.monotonic()
    deadline = started + budget.total_s
    planned = sum(len(plan.ladder(p)) for p in subject.parameters)
    state = {"done": 0, "planned": planned, "id": 0}
    saved_cap = sandbox.max_answer_bytes
    sandbox.max_answer_bytes = MEASURE_ANSWER_BYTES
    measurement = Measurement(series=[])
    try:
        for index, parameter in enumerate(subject.parameters):
            share_end = time.monotonic() + (deadline - time.monotonic()) / (len(subject.parameters) - index)
            series = Series(parameter.name)
            measurement.series.append(series)
            _sweep(sandbox, subject, parameter, budget, series, share_end, deadline, state, progress)
    except _Failed as exc:
        measurement.failure = str(exc)
    finally:
        sandbox.max_answer_bytes = saved_cap
        if progress:
            progress("complexity", state["planned"], state["planned"])
    measurement.cost_s = round(time.monotonic() - started, 3)
    return measurement


def _sweep(sandbox, subject, parameter, budget, series, share_end, deadline, state, progress):
    last_wall = last_cpu = None
    growth = 2.0
    state["space_below"] = float("inf")  # sizes from here up are measured without the traced run
    series.stop = "max size"
    ladder = plan.ladder(parameter)
    attempted = 0
    for size in ladder:
        if last_wall is not None:
            if last_cpu * growth > budget.run_s:
                series.stop = "run budget"
                break
            if time.monotonic() + last_wall * growth > share_end:
                series.stop = "total budget"
                break
        began = time.monotonic()
        attempted += 1
        try:
            point = _measure_one(sandbox, subject, parameter, size, budget, state)
        except _OverBudget:
            series.stop = "run budget"
            break
        finally:
            state["done"] += 1
            if progress:
                progress(f"complexity {parameter.name}", min(state["done"], state["planned"]), state["planned"])
        wall = time.monotonic() - began
        if last_cpu:
            # Whichever grew faster: the counted run (Python work) or the whole request (C work, the wire).
            growth = min(max(point.count_cpu_s / last_cpu, wall / last_wall, 2.0), 16.0)
        last_wall, last_cpu = wall, max(point.count_cpu_s, 1e-6)
        series.points.append(point)
    state["planned"] -= len(ladder) - attempted  # the progress bar's total shrinks when the ladder stops early
    # Below min, or between measured sizes, runs are cheap: fill up to the target number of sizes.
    extra = plan.extension(parameter, max(series.sizes, default=parameter.min))
    for size in extra:
        if time.monotonic() > deadline:
            return
        try:
            point = _measure_one(sandbox, subject, parameter, size, budget, state)
        except _OverBudget:
            break
        series.points.insert(0, point)
    if len(series.points) < plan.TARGET_SIZES:
        for size in plan.midpoints(series.sizes, plan.TARGET_SIZES - len(series.points)):
            if time.monotonic() > deadline:
                break
            try:
                point = _measure_one(sandbox, subject, parameter, size, budget, state)
            except _OverBudget:
                continue
            series.points.append(point)
    series.points.sort(key=lambda p: p.size)


def _measure_one(sandbox, subject: Subject, parameter: SizeParameter, size: int, budget: Budget, state):
    sizes = plan.sizes_for(subject.parameters, parameter, size)
    shown = ", ".join(f"{k}={v}" for k, v in sizes.items())
    generator = subject.generators[parameter.name]
    space = size < state.get("space_below", float("inf"))
    try:
        # A string seed is hashed with SHA-512: the same input on every run and every machine.
        args = generator(dict(sizes), random.Random(f"{parameter.name}:{shown}"))
        encoded = wire.encode(list(args))
    except Exception as exc:  # noqa: BLE001  (pack code: say where, and stop)
        raise _Failed(f"{subject.where}: `{parameter.generator}` failed for {shown} "
                      f"({type(exc).__name__}: {str(exc)[:200]})") from None
    state["id"] += 1
    request = {"op": "measure", "id": state["id"], "args": encoded, "returns_arg": subject.returns_arg,
               "wrap": subject.wrap, "space": space, "run_budget_s": budget.run_s,
               "time_budget_s": budget.time_s, "repeats": budget.repeats}
    answer = sandbox.request(request, 4 * budget.run_s + REQUEST_GRACE_S)
    point = read_answer(answer, state["id"], parameter.name, size, sizes)
    if space and point.space_cpu_s is None:  # the traced run went over budget: none from here up
        state["space_below"] = min(state["space_below"], size)
    elif space and point.space_cpu_s * 4 > budget.run_s:  # the next size's would: none above this one
        state["space_below"] = min(state["space_below"], size + 1)
    return point


def _fail_request(answer, where: str) -> str:
    if isinstance(answer, Fault):
        if answer.kind == "exited" and answer.oom_killed:
            return f"the submission ran out of memory on a generated input ({where})"
        return f"the sandbox stopped answering while measuring ({where}: {answer.detail})"
    return f"the sandbox sent a malformed measurement ({where}); the report fails closed"


def read_answer(answer, request_id: int, parameter: str, size: int, sizes: dict) -> Point:
    """Check one measurement answer field by field; raise _OverBudget or _Failed, or return the point."""
    where = ", ".join(f"{k}={v}" for k, v in sizes.items())
    if isinstance(answer, Fault) or not isinstance(answer, dict):
        raise _Failed(_fail_request(answer, where))
    if answer.get("op") != "measure" or answer.get("id") != request_id or not isinstance(answer.get("ok"), bool):
        raise _Failed(_fail_request(answer, where))
    if not answer["ok"]:
        error = answer.get("error") if isinstance(answer.get("error"), dict) else {}
        kind, text = str(error.get("type", "an error"))[:80], str(error.get("message", ""))[:200]
        raise _Failed(f"the submission raised {kind}{': ' + text if text else ''} on a generated input ({where})")
    over = answer.get("over_budget")
    if over not in (None, "count", "time"):
        raise _Failed(_fail_request(None, where))
    if over is not None:
        raise _OverBudget()
    if set(answer) != ANSWER_KEYS:
        raise _Failed(_fail_request(None, where))
    count, depth = answer["count"], answer["depth"]
    peak, retained, space_cpu = answer["peak_bytes"], answer["retained_bytes"], answer["space_cpu_s"]
    times, cpu = answer["times_s"], answer["count_cpu_s"]
    traced = (peak is None and retained is None and space_cpu is None) or (
        _whole(peak, MAX_BYTES) and _whole(retained, MAX_BYTES) and _seconds(space_cpu))
    sane = (_whole(count, MAX_COUNT) and _whole(depth, MAX_DEPTH) and traced
            and isinstance(answer["wrapped"], bool) and _seconds(cpu)
            and isinstance(times, list) and 1 <= len(times) <= 50 and all(_seconds(t) for t in times))
    if not sane:
        raise _Failed(f"the sandbox sent implausible measurements ({where}); the report fails closed")
    return Point(parameter=parameter, size=size, sizes=dict(sizes), count=count, depth=depth,
                 wrapped=answer["wrapped"], time_s=min(times), times_s=list(times), peak_bytes=peak,
                 retained_bytes=retained, count_cpu_s=float(cpu),
                 space_cpu_s=None if space_cpu is None else float(space_cpu))


def _whole(value, cap) -> bool:
    return type(value) is int and 0 <= value <= cap


def _seconds(value) -> bool:
    return type(value) in (int, float) and math.isfinite(value) and 0 <= value <= 3600
