"""The measurement driver against a scripted sandbox: ladders, budgets, and failing closed on bad answers.

The real sandbox is exercised by tests/integration/test_complexity_*.py; here a
stand-in answers ``measure`` requests from a formula, so every path of the
driver (and every kind of malformed answer) is reached deterministically.
"""

import math

import pytest

from judge.complexity.measure import FRAME_BYTES, MEASURE_ANSWER_BYTES, Subject, measure
from judge.complexity.plan import Budget
from judge.complexity.report import ReportRequest, build_report
from judge.packs.model import SizeParameter
from judge.sandbox.container import Fault, FaultKind


class ScriptedSandbox:
    """Answers measure requests as a linear-time, constant-space solution would, unless told otherwise;
    a retime request gets one time per kept input and round, ``retime_s(n)`` (default: the same line)."""

    def __init__(self, tamper=None, over_budget_from=None, space_from=None, retime_s=None, tamper_retime=None):
        self.max_answer_bytes = 16 << 20
        self.caps_seen = []
        self.requests = []
        self.tamper = tamper
        self.over_budget_from = over_budget_from
        self.space_from = space_from
        self.kept = {}
        self.retime_s = retime_s or (lambda n: n * 3e-8 + 2e-6)
        self.tamper_retime = tamper_retime

    def request(self, message, deadline_s):
        self.caps_seen.append(self.max_answer_bytes)
        self.requests.append(message)
        if message["op"] == "retime":
            times = {str(i): [self.retime_s(self.kept[i])] * message["rounds"] for i in message["ids"]}
            answer = {"op": "retime", "id": message["id"], "ok": True, "times_s": times}
            return self.tamper_retime(answer) if self.tamper_retime else answer
        n = len(message["args"][0])
        if message.get("keep"):
            self.kept[message["id"]] = n
        answer = {"op": "measure", "id": message["id"], "ok": True, "over_budget": None, "count": 3 * n + 5,
                  "depth": 2, "wrapped": True, "seeds": 1, "count_cpu_s": n * 1e-7, "peak_bytes": 600,
                  "retained_bytes": 100, "tensor_peak_bytes": None, "tensor_retained_bytes": None,
                  "space_cpu_s": n * 2e-7, "times_s": [n * 3e-8 + 2e-6, n * 3e-8 + 3e-6]}
        if not message["space"]:
            answer.update(peak_bytes=None, retained_bytes=None, space_cpu_s=None)
        if self.over_budget_from and n >= self.over_budget_from:
            answer = {"op": "measure", "id": message["id"], "ok": True, "over_budget": "count", "count": 1,
                      "depth": 1, "wrapped": True, "seeds": 1, "count_cpu_s": 0.5}
        if self.tamper:
            answer = self.tamper(answer, n)
        return answer


def subject(low=256, high=32768, generator=None):
    parameter = SizeParameter("n", "lists", low, high, low, 1)
    return Subject(parameters=(parameter,), generators={"n": generator or (lambda sizes, rng: [[0] * sizes["n"]])},
                   where="generators.py")


def report_of(measurement):
    return build_report(measurement, ReportRequest(("n",), "O(n)", "O(1)"))


def test_a_clean_sweep_climbs_the_whole_ladder_and_reads_linear():
    sandbox = ScriptedSandbox()
    measurement = measure(sandbox, subject(), Budget(total_s=30))
    assert measurement.failure is None
    assert [p.size for p in measurement.points] == [256 * 2 ** k for k in range(8)]
    report = report_of(measurement)
    assert report["time"]["measured"] == "O(n)" and report["time"]["status"] == "optimal"
    assert report["space"]["measured"] == "O(1)"
    assert set(sandbox.caps_seen) == {MEASURE_ANSWER_BYTES}
    assert sandbox.max_answer_bytes == 16 << 20  # restored


def test_a_run_over_budget_stops_growth_and_the_sweep_extends_below_min():
    sandbox = ScriptedSandbox(over_budget_from=2048)
    measurement = measure(sandbox, subject(low=256), Budget(total_s=30))
    sizes = [p.size for p in measurement.points]
    assert max(sizes) == 1024 and min(sizes) == 32  # 1.5 decades
    assert len(sizes) >= 8
    assert measurement.series[0].stop == "run budget"
    assert "stopped at 1024" in " ".join(report_of(measurement)["notes"])


def test_the_run_budget_is_predicted_before_a_run_is_wasted():
    # count_cpu_s grows linearly; with run_s tiny the ladder stops before the over-budget size is even sent.
    sandbox = ScriptedSandbox()
    measurement = measure(sandbox, subject(), Budget(total_s=30, run_s=0.0003))
    assert measurement.series[0].stop == "run budget"
    assert max(p.size for p in measurement.points) <= 2048


def test_the_traced_run_is_dropped_where_it_would_not_fit_but_the_ladder_goes_on():
    sandbox = ScriptedSandbox()
    measurement = measure(sandbox, subject(), Budget(total_s=30, run_s=0.002))
    traced = [p.size for p in measurement.points if p.peak_bytes is not None]
    assert traced and max(traced) < max(p.size for p in measurement.points)
    measured = [m for m in sandbox.requests if m["op"] == "measure"]
    assert all(m["space"] is False for m in measured if len(m["args"][0]) > max(traced))


def _set(**fields):
    def tamper(answer, n):
        return {**answer, **fields}
    return tamper


@pytest.mark.parametrize("tamper, fragment", [
    (_set(id=999), "malformed"),
    (_set(op="call"), "malformed"),
    (_set(extra=1), "malformed"),
    (_set(count=-1), "implausible"),
    (_set(count=True), "implausible"),
    (_set(count=1.5), "implausible"),
    (_set(count=10 ** 15), "implausible"),
    (_set(times_s=[]), "implausible"),
    (_set(times_s=[0.1] * 51), "implausible"),
    (_set(times_s=[math.inf]), "implausible"),
    (_set(times_s=["0.1"]), "implausible"),
    (_set(peak_bytes=None), "implausible"),  # half of the traced fields
    (_set(depth=-3), "implausible"),
    (_set(tensor_peak_bytes=-1, tensor_retained_bytes=0), "implausible"),
    (_set(tensor_peak_bytes=4096), "implausible"),  # half of the tensor fields
    (_set(tensor_peak_bytes=4096.5, tensor_retained_bytes=0), "implausible"),
    (_set(over_budget="everything"), "malformed"),
    (lambda a, n: [a], "malformed"),
    (lambda a, n: Fault(FaultKind.WALL_LIMIT, "no answer before the deadline"), "stopped answering"),
    (lambda a, n: Fault(FaultKind.EXITED, "ended", oom_killed=True), "out of memory"),
    (lambda a, n: {"op": "measure", "id": a["id"], "ok": False, "error": {"type": "KeyError", "message": "7"}},
     "raised KeyError: 7"),
])
def test_anything_unexpected_fails_closed(tamper, fragment):
    measurement = measure(ScriptedSandbox(tamper=tamper), subject(), Budget(total_s=30))
    assert fragment in measurement.failure
    report = report_of(measurement)
    assert report["time"]["status"] == report["space"]["status"] == "inconclusive"
    assert report["time"]["measured"] is None and report["time"]["reason"] == measurement.failure


def test_a_broken_generator_names_its_file_and_function():
    def broken(sizes, rng):
        raise RuntimeError("no such size")

    measurement = measure(ScriptedSandbox(), subject(generator=broken), Budget(total_s=30))
    assert measurement.failure.startswith("generators.py: `lists` failed for n=1")


def test_inputs_are_deterministic_per_size():
    seen = []

    def recording(sizes, rng):
        seen.append((sizes["n"], rng.random()))
        return [[0] * sizes["n"]]

    measure(ScriptedSandbox(), subject(generator=recording), Budget(total_s=30))
    first = list(seen)
    seen.clear()
    measure(ScriptedSandbox(), subject(generator=recording), Budget(total_s=30))
    assert seen == first


def test_the_retiming_pass_times_every_point_again_and_keeps_the_least():
    # The first timing of n = 4096 ran while a neighbour slowed the core: the interleaved rounds undo it.
    spike = {"n": 4096}

    def slowed(answer, n):
        if n == spike["n"] and "times_s" in answer:
            answer["times_s"] = [t * 1.8 for t in answer["times_s"]]
        return answer

    sandbox = ScriptedSandbox(tamper=slowed)
    measurement = measure(sandbox, subject(), Budget(total_s=30))
    retime = [r for r in sandbox.requests if r["op"] == "retime"]
    assert len(retime) == 1 and sorted(retime[0]["ids"]) == sorted(p.request_id for p in measurement.points)
    assert all(r["keep"] for r in sandbox.requests if r["op"] == "measure")
    point = next(p for p in measurement.points if p.size == 4096)
    assert point.time_s == pytest.approx(4096 * 3e-8 + 2e-6)
    assert len(point.times_s) == 2 + Budget().retime_rounds


def test_no_retiming_pass_when_its_budget_is_zero():
    sandbox = ScriptedSandbox()
    measure(sandbox, subject(), Budget(total_s=30, retime_s=0.0))
    assert not [r for r in sandbox.requests if r["op"] == "retime"]


@pytest.mark.parametrize("tamper_retime, fragment", [
    (lambda a: {**a, "times_s": {"999": [0.1]}}, "implausible"),
    (lambda a: {**a, "times_s": {k: [-1.0] for k in a["times_s"]}}, "implausible"),
    (lambda a: {**a, "times_s": {k: [] for k in a["times_s"]}}, "implausible"),
    (lambda a: {**a, "extra": 1}, "malformed"),
    (lambda a: {**a, "id": a["id"] + 1}, "malformed"),
    (lambda a: {"op": "retime", "id": a["id"], "ok": False, "error": {"type": "ValueError"}}, "ValueError"),
    (lambda a: Fault(FaultKind.EXITED, "exit code 137", oom_killed=False), "stopped answering"),
])
def test_a_bad_retiming_answer_fails_closed(tamper_retime, fragment):
    measurement = measure(ScriptedSandbox(tamper_retime=tamper_retime), subject(), Budget(total_s=30))
    assert measurement.failure and fragment in measurement.failure
    assert report_of(measurement)["time"]["status"] == "inconclusive"


def test_tensor_memory_the_hooks_count_is_space_too():
    # torch's allocator is invisible to tracemalloc: the runtime's hooks send its peak and output apart.
    def tensors(answer, n):
        if answer.get("peak_bytes") is not None:
            answer.update(tensor_peak_bytes=4 * n + 4096, tensor_retained_bytes=4096)
        return answer

    measurement = measure(ScriptedSandbox(tamper=tensors), subject(), Budget(total_s=30))
    assert measurement.failure is None
    traced = measurement.series[0].space_points
    assert traced and all(p.space_bytes == 500 + 4 * p.size + 2 * FRAME_BYTES for p in traced)
    assert report_of(measurement)["space"]["measured"] == "O(n)"
