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
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

from judge.complexity import plan
from judge.complexity.plan import Budget
from judge.packs.model import Problem, SizeParameter
from judge.sandbox import wire
from judge.sandbox.container import Fault, FaultKind

MEASURE_ANSWER_BYTES = 64 << 10  # a measurement is a handful of numbers
FILL_SLACK_S = 0.25  # how far past the report budget the fill-in of cheap sizes may go
FILL_REQUEST_S = 0.1  # what the ladder keeps back per size still to fill in below min
REQUEST_GRACE_S = 10.0  # decoding and copying a big input, on top of the runs' CPU budgets
FRAME_BYTES = 128  # what one Python frame costs on the interpreter's stack (3.13, a few locals)
MAX_COUNT = 10 ** 13
MAX_BYTES = 1 << 40
MAX_DEPTH = 10 ** 7
ANSWER_KEYS = {"op", "id", "ok", "over_budget", "count", "depth", "wrapped", "seeds", "count_cpu_s", "peak_bytes",
               "retained_bytes", "space_cpu_s", "tensor_peak_bytes", "tensor_retained_bytes", "times_s"}
MAX_SEEDS = 50


@dataclass
class Subject:
    """What a sweep needs to know about the problem: its size parameters, generators and calling convention."""

    parameters: tuple[SizeParameter, ...]
    generators: dict[str, Callable]
    returns_arg: int | None = None
    wrap: bool = True  # count comparisons done in C (off for vectorized problems: arrays are not wrapped)
    where: str = ""  # the generators' file, for messages

    @classmethod
    def from_problem(cls, problem: Problem) -> Subject | None:
        """The problem's subject, or None when it declares no size parameters; PackError for a broken pack."""
        if not problem.size_parameters:
            return None
        return cls(parameters=problem.size_parameters,
                   generators={p.name: problem.size_generator(p) for p in problem.size_parameters},
                   returns_arg=problem.entry.returns_arg, wrap=not problem.vectorized,
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
    seeds: int  # counted runs under different seeds of `random` (more than one: a randomized submission)
    time_s: float  # the least CPU time over the repeats
    times_s: list[float]
    peak_bytes: int | None  # None: the traced run was skipped or ran over budget at this size
    retained_bytes: int | None  # what the run left alive: its output
    count_cpu_s: float = 0.0
    # The same two for memory tracemalloc cannot see (torch's tensor storages, counted by the runtime's hooks);
    # None in a runtime without such memory.
    tensor_peak_bytes: int | None = None
    tensor_retained_bytes: int | None = None  # CPU of the counted run: what the next size's run is predicted from
    space_cpu_s: float | None = None
    request_id: int = 0  # the measure request's id: the sandbox keeps its input under it for the retiming pass

    @property
    def heap_bytes(self) -> int | None:
        """The heap peak less the output (the input was allocated before tracing started), plus the tensor
        memory's peak less the tensors of the output.  The two peaks may fall at different moments: their sum
        is at most twice the true peak, a constant factor that no class notices."""
        if self.peak_bytes is None:
            return None
        assert self.retained_bytes is not None  # read_answer: a traced run carries both
        tensors = 0
        if self.tensor_peak_bytes is not None and self.tensor_retained_bytes is not None:
            tensors = max(0, self.tensor_peak_bytes - self.tensor_retained_bytes)
        return max(0, self.peak_bytes - self.retained_bytes) + tensors

    @property
    def space_bytes(self) -> int | None:
        """Auxiliary space: the heap above input and output, plus the call stack."""
        heap = self.heap_bytes  # None exactly when peak_bytes is
        return None if heap is None else heap + self.depth * FRAME_BYTES

    def to_json(self) -> dict:
        return {"parameter": self.parameter, "size": self.size, "sizes": dict(self.sizes), "count": self.count,
                "time_s": self.time_s, "space_bytes": self.space_bytes, "depth": self.depth,
                "wrapped": self.wrapped, "seeds": self.seeds}


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
    series: list[Series]  # one per size parameter, in the problem's order
    failure: str | None = None  # set: the report is inconclusive
    cost_s: float = 0.0
    diagonal: Series | None = None  # every parameter growing together (problems with several)

    @property
    def points(self) -> list[Point]:
        return [p for s in (*self.series, *([self.diagonal] if self.diagonal else [])) for p in s.points]


class _Failed(Exception):
    """The measurement cannot go on; the message says why, in one line."""


class _OverBudget(Exception):
    pass


def measure(sandbox, subject: Subject, budget: Budget = Budget(), progress=None) -> Measurement:
    """Run every sweep of ``subject`` in ``sandbox`` (a started sandbox with the submission loaded).

    The ladders of all size parameters are climbed together, one size of each
    in turn, so a slow machine costs every parameter the same instead of
    starving the last one.  A ladder stops where its next size would break
    the per-run budget or, with what the fill-in of every ladder and the
    retiming pass will still cost kept back, the report's budget; then each
    fills in below ``min`` (and between sizes) where runs are cheap.  Last,
    the retiming pass times every size again, once per round: each size's
    repeats ran in one burst of a few ms, which one busy neighbour can slow
    throughout; rounds spread over the whole pass cannot all be slowed.
    With several size parameters a last ladder grows them all together (the
    diagonal, see ``plan.diagonal``): what tells ``m n`` from ``m + n``.
    """
    started = time.monotonic()
    deadline = started + budget.total_s
    diagonal = plan.diagonal(subject.parameters)
    swept = [*subject.parameters, *([diagonal] if diagonal else [])]
    run = _Run(sandbox, subject, budget, progress,
               {"done": 0, "planned": sum(len(plan.ladder(p)) for p in swept), "id": 0,
                "space_below": {p.name: float("inf") for p in swept}})
    saved_cap = sandbox.max_answer_bytes
    sandbox.max_answer_bytes = MEASURE_ANSWER_BYTES
    climbs = [_Climb(p) for p in swept]
    measurement = Measurement(series=[c.series for c in climbs[:len(subject.parameters)]],
                              diagonal=climbs[-1].series if diagonal else None)
    try:
        # A first run at the smallest size pays the runner's one-time setup (the collector's freeze, the
        # allocator's tuning), so the walls the ladders predict from are the runs' own.
        first = subject.parameters[0]
        try:
            _measure_one(run, first, max(first.floor, 1))
        except _OverBudget:
            pass
        while any(c.climbing for c in climbs):
            for climb in climbs:
                if climb.climbing:
                    reserve = sum(c.fill_cost() for c in climbs) + budget.retime_s
                    climb.step(run, deadline, reserve)
        # Fill in, again one size of each parameter in turn, the one with the fewest sizes first.
        end = deadline + FILL_SLACK_S
        filling = list(climbs)
        while filling:
            for climb in sorted(filling, key=lambda c: len(c.series.points)):
                if not climb.fill_one(run, end - budget.retime_s):
                    filling.remove(climb)
        _retime(run, [p for c in climbs for p in c.series.points], end)
    except _Failed as exc:
        measurement.failure = str(exc)
    finally:
        sandbox.max_answer_bytes = saved_cap
        if progress:
            progress("complexity", run.state["planned"], run.state["planned"])
    for climb in climbs:
        climb.series.points.sort(key=lambda p: p.size)
    measurement.cost_s = round(time.monotonic() - started, 3)
    return measurement


@dataclass
class _Run:
    """What every request of one measurement shares: where it runs, what it measures, what it may spend,
    and its bookkeeping (request ids, sizes done, where traced runs stop)."""

    sandbox: Any  # a started judge.sandbox.container.Sandbox
    subject: Subject
    budget: Budget
    progress: Callable | None
    state: dict


class _Climb:
    """One size parameter's ladder, climbed a size at a time."""

    def __init__(self, parameter: SizeParameter):
        self.parameter = parameter
        self.series = Series(parameter.name, stop="max size")
        self.ladder = plan.ladder(parameter)
        self.next = 0
        self.climbing = True
        self.last_wall: float | None = None
        self.last_cpu: float | None = None
        self.cheapest = float("inf")
        self.growth = 2.0
        self.below: list[int] | None = None  # the sizes below min still to fill in, once the ladder is done

    def fill_cost(self) -> float:
        """What filling this ladder in below min will cost, at the cheapest request seen per size missing."""
        missing = max(0, plan.TARGET_SIZES - len(self.series.points) - (1 if self.climbing else 0))
        return min(self.cheapest, FILL_REQUEST_S) * missing if self.last_wall is not None else 0.0

    def _stop(self, why: str, state):
        self.climbing = False
        self.series.stop = why
        state["planned"] -= len(self.ladder) - self.next  # the progress bar's total shrinks with the ladder

    def step(self, run: _Run, deadline: float, reserve: float):
        budget, state, progress = run.budget, run.state, run.progress
        if self.next >= len(self.ladder):
            self.climbing = False
            return
        if self.last_wall is not None and self.last_cpu is not None:
            if self.last_cpu * self.growth > budget.run_s:
                return self._stop("run budget", state)
            predicted = self.last_wall * self.growth
            if time.monotonic() + predicted + reserve > deadline:
                return self._stop("total budget", state)
            if predicted > (deadline - time.monotonic()) / 3 and not plan.enough(self.series.sizes) \
                    and self.fill_one(run, deadline):
                return  # a decidable series first (cheap sizes below), then the gamble on a costly size
        size = self.ladder[self.next]
        self.next += 1
        began = time.monotonic()
        try:
            point = _measure_one(run, self.parameter, size)
        except _OverBudget:
            return self._stop("run budget", state)
        finally:
            state["done"] += 1
            if progress:
                progress(f"complexity {self.parameter.name}", min(state["done"], state["planned"]),
                         state["planned"])
        wall = time.monotonic() - began
        if self.last_cpu and self.last_wall:
            # Whichever grew faster: the counted run (Python work) or the whole request (C work, the wire).
            self.growth = min(max(point.count_cpu_s / self.last_cpu, wall / self.last_wall, 2.0), 16.0)
        self.last_wall, self.last_cpu = wall, max(point.count_cpu_s, 1e-6)
        self.cheapest = min(self.cheapest, wall)
        self.series.points.append(point)
        if self.next >= len(self.ladder):
            self.climbing = False

    def fill_one(self, run: _Run, end: float) -> bool:
        """Measure one more size below min (up to the target span), else between sizes (up to the target
        count); False when there is nothing left to fill or no time to fill it."""
        parameter, series = self.parameter, self.series
        if self.below is None:
            self.below = plan.extension(parameter, max(series.sizes, default=parameter.min))
        if self.below:
            size = self.below.pop(0)
        elif len(series.points) < plan.TARGET_SIZES:
            between = plan.midpoints(series.sizes, 1)
            if not between:
                return False
            size = between[0]
        else:
            return False
        cost = min(self.cheapest, 1.0) if self.last_wall is not None else 0.0
        if time.monotonic() + cost > end:
            return False
        try:
            series.points.append(_measure_one(run, parameter, size))
        except _OverBudget:
            self.below = []  # smaller sizes than this one were fine; larger fill-ins would not be
            return len(series.points) < plan.TARGET_SIZES and bool(plan.midpoints(series.sizes, 1))
        return True


def _measure_one(run: _Run, parameter: SizeParameter, size: int):
    subject, budget, state = run.subject, run.budget, run.state
    sizes = plan.sizes_for(subject.parameters, parameter, size)
    shown = ", ".join(f"{k}={v}" for k, v in sizes.items())
    generator = subject.generators.get(parameter.name) or subject.generators[subject.parameters[0].name]
    space = size < state["space_below"][parameter.name]
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
               "time_budget_s": budget.time_s, "repeats": budget.repeats, "keep": True}
    answer = run.sandbox.request(request, 4 * budget.run_s + REQUEST_GRACE_S)
    point = read_answer(answer, state["id"], parameter.name, size, sizes)
    below = state["space_below"]
    if space and point.space_cpu_s is None:  # the traced run went over budget: none from here up
        below[parameter.name] = min(below[parameter.name], size)
    elif (space and point.space_cpu_s is not None
          and point.space_cpu_s * 4 > budget.run_s):  # the next size's would: none above this one
        below[parameter.name] = min(below[parameter.name], size + 1)
    return point


def _retime(run: _Run, points: list[Point], end: float):
    """Time every point's input again, interleaved over rounds; each point's time becomes the least of all."""
    subject, budget, state = run.subject, run.budget, run.state
    spend = min(budget.retime_s, end - time.monotonic())
    if not points or spend <= 0 or budget.retime_rounds <= 0:
        return
    state["id"] += 1
    request = {"op": "retime", "id": state["id"], "ids": [p.request_id for p in points],
               "returns_arg": subject.returns_arg, "rounds": budget.retime_rounds, "time_budget_s": spend,
               "run_budget_s": budget.run_s}
    answer = run.sandbox.request(request, spend + 2 * budget.run_s + REQUEST_GRACE_S)
    for point, times in read_retime(answer, state["id"], points):
        point.times_s += times
        point.time_s = min(point.time_s, min(times))


def read_retime(answer, request_id: int, points: list[Point]) -> list[tuple[Point, list[float]]]:
    """Check the retiming answer: each point that got new times, with them; or raise _Failed."""
    if isinstance(answer, Fault) or not isinstance(answer, dict) or set(answer) - {"op", "id", "ok", "times_s",
                                                                                    "error", "stdout"}:
        raise _Failed(_fail_request(answer, "retiming"))
    if answer.get("op") != "retime" or answer.get("id") != request_id or answer.get("ok") is not True:
        if answer.get("ok") is False and isinstance(answer.get("error"), dict):
            kind = str(answer["error"].get("type", "an error"))[:80]
            raise _Failed(f"the submission raised {kind} when its inputs were timed again")
        raise _Failed(_fail_request(answer, "retiming"))
    by_id = {str(p.request_id): p for p in points}
    times = answer.get("times_s")
    if not isinstance(times, dict) or not set(times) <= set(by_id) or not all(
            isinstance(t, list) and 1 <= len(t) <= 50 and all(_seconds(x) for x in t) for t in times.values()):
        raise _Failed("the sandbox sent implausible measurements (retiming); the report fails closed")
    return [(by_id[key], [float(x) for x in t]) for key, t in times.items()]


def _fail_request(answer, where: str) -> str:
    if isinstance(answer, Fault):
        if answer.kind is FaultKind.EXITED and answer.oom_killed:
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
        error = cast(dict, answer.get("error")) if isinstance(answer.get("error"), dict) else {}
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
    times, cpu, seeds = answer["times_s"], answer["count_cpu_s"], answer["seeds"]
    tensor_peak, tensor_retained = answer["tensor_peak_bytes"], answer["tensor_retained_bytes"]
    traced = (peak is None and retained is None and space_cpu is None) or (
        _whole(peak, MAX_BYTES) and _whole(retained, MAX_BYTES) and _seconds(space_cpu))
    tensors = (tensor_peak is None and tensor_retained is None) or (
        peak is not None and _whole(tensor_peak, MAX_BYTES) and _whole(tensor_retained, MAX_BYTES))
    sane = (_whole(count, MAX_COUNT) and _whole(depth, MAX_DEPTH) and traced and tensors
            and isinstance(answer["wrapped"], bool) and _seconds(cpu) and type(seeds) is int
            and 1 <= seeds <= MAX_SEEDS
            and isinstance(times, list) and 1 <= len(times) <= 50 and all(_seconds(t) for t in times))
    if not sane:
        raise _Failed(f"the sandbox sent implausible measurements ({where}); the report fails closed")
    return Point(parameter=parameter, size=size, sizes=dict(sizes), count=count, depth=depth,
                 wrapped=answer["wrapped"], seeds=seeds, time_s=min(times), times_s=list(times), peak_bytes=peak,
                 retained_bytes=retained, count_cpu_s=float(cpu), tensor_peak_bytes=tensor_peak,
                 tensor_retained_bytes=tensor_retained,
                 space_cpu_s=None if space_cpu is None else float(space_cpu), request_id=request_id)


def _whole(value, cap) -> bool:
    return type(value) is int and 0 <= value <= cap


def _seconds(value) -> bool:
    return type(value) in (int, float) and math.isfinite(value) and 0 <= value <= 3600
