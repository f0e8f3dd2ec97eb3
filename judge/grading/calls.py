"""Calling a loaded submission in a sandbox, and reading what came back as data.

``LoadedSubmission`` turns the runner's raw answers into ``CallResult``s with
decoded values.  Anything the host does not expect (a wrong id, a malformed
value, a dead container) becomes a failed result with a verdict: fail closed.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from judge.grading.verdicts import Verdict
from judge.packs.model import Problem
from judge.sandbox import wire
from judge.sandbox.container import Fault, FaultKind, Sandbox

if TYPE_CHECKING:
    from judge.grading.prepared import PreparedCase

STDOUT_SHOWN_CHARS = 2000
LOAD_GRACE_S = 3.0  # starting Python and importing NumPy are not the submission's time
WALL_FACTOR = 2.0  # the wall-clock deadline of a call, as a multiple of its CPU-time limit

_ERROR_VERDICTS = {
    "compile_error": Verdict.COMPILE_ERROR,
    "runtime_error": Verdict.RUNTIME_ERROR,
    "memory_limit": Verdict.MEMORY_LIMIT,
    "output_limit": Verdict.OUTPUT_LIMIT,
}


@dataclass
class CallResult:
    """What one call produced: a decoded value, or the verdict that ends the run and why."""

    value: object = None
    verdict: Verdict | None = None  # None: the call returned a value
    message: str = ""
    error: dict | None = None
    stdout: str = ""
    elapsed_s: float = 0.0
    fatal: bool = False  # the sandbox is gone; no further calls are possible
    stderr_tail: str = ""

    @property
    def ok(self) -> bool:
        return self.verdict is None


def fault_result(fault: Fault, limit_s: float) -> CallResult:
    """Map a sandbox fault to the verdict it means."""
    if fault.kind is FaultKind.CPU_LIMIT:
        verdict, message = Verdict.TIME_LIMIT, f"used more than the {limit_s:g} s CPU-time limit"
    elif fault.kind is FaultKind.WALL_LIMIT:
        verdict, message = Verdict.TIME_LIMIT, f"{fault.detail} (the limit is {limit_s:g} s)"
    elif fault.kind is FaultKind.OUTPUT_LIMIT:
        verdict, message = Verdict.OUTPUT_LIMIT, f"the submission produced {fault.detail}"
    elif fault.kind is FaultKind.EXITED and fault.oom_killed:
        verdict, message = Verdict.MEMORY_LIMIT, "killed for using more memory than the limit"
    elif fault.kind is FaultKind.EXITED:
        verdict, message = Verdict.RUNTIME_ERROR, f"{fault.detail} without answering"
    else:
        verdict, message = Verdict.RUNTIME_ERROR, f"the sandbox sent {fault.detail}; answers must come from the runner"
    return CallResult(verdict=verdict, message=message, fatal=True, stderr_tail=fault.stderr_tail[-2000:])


def error_result(error, stdout: str = "") -> CallResult:
    # The report is the container's word: check every shape before use (an unhashable kind or a dict
    # where a list belongs must not crash the host) and clean every string (see _text).
    if not isinstance(error, dict) or not isinstance(error.get("kind"), str) or error["kind"] not in _ERROR_VERDICTS:
        return CallResult(verdict=Verdict.RUNTIME_ERROR, message="the sandbox sent a malformed error report",
                          fatal=True)
    kind, etype, text = error["kind"], _text(error.get("type", ""), 100), _text(error.get("message", ""), 500)
    traceback = cast(list, error.get("traceback")) if isinstance(error.get("traceback"), list) else []
    if kind == "compile_error":
        line = error.get("line") if type(error.get("line")) is int else None
        message = f"{etype}: {text}" + (f" (line {line})" if line else "")
    elif kind == "runtime_error":
        message = f"{etype}: {text}" if text else etype
    else:
        message = text or kind.replace("_", " ")
    cleaned = {
        "type": etype,
        "message": text,
        "line": error.get("line") if type(error.get("line")) is int else None,
        "text": _text(error.get("text", ""), 500),
        "traceback": [[_text(x, 300) for x in frame[:3]] + [_times(frame)] for frame in traceback[:20]
                      if isinstance(frame, list)],
    }
    return CallResult(verdict=_ERROR_VERDICTS[kind], message=message, error=cleaned, stdout=stdout)


class LoadedSubmission:
    """A submission loaded into a started sandbox, ready to be called."""

    def __init__(self, sandbox: Sandbox, problem: Problem):
        self.sandbox = sandbox
        self.problem = problem
        self.next_id = 0
        self.slowest_s = 0.0

    def load(self, source_path: str | None = None, source: str | None = None) -> CallResult:
        entry = self.problem.entry
        request: dict[str, object] = {"op": "load", "entry": entry.name, "aliases": list(entry.aliases),
                                      "kind": entry.kind}
        request.update({"source": source} if source is not None else {"path": source_path})
        if self.problem.forbidden:
            request["forbidden"] = list(self.problem.forbidden)  # the runtime's hooks refuse these calls
        if self.problem.harness_source is not None:
            request["harness"] = self.problem.harness_source  # builds the entry's arguments in the container
        limit = self.problem.limits.time_s + LOAD_GRACE_S
        answer = self.sandbox.request(request, limit)
        if isinstance(answer, Fault):
            return fault_result(answer, limit)
        if answer.get("op") != "load" or not isinstance(answer.get("ok"), bool):
            return CallResult(verdict=Verdict.RUNTIME_ERROR, message="the sandbox sent a malformed answer", fatal=True)
        if not answer["ok"]:
            return error_result(answer.get("error"), _text(answer.get("stdout")))
        return CallResult()

    def call(self, args: list) -> CallResult:
        from judge.grading.prepared import encode_args

        return self._call(encode_args(args))

    def call_prepared(self, case) -> CallResult:
        """Call the entry on a ``PreparedCase``'s arguments, whose JSON text goes into the request as is."""
        return self._call(case.args_json)

    def call_prepared_many(self, cases: list, keep_going) -> list[tuple[PreparedCase, CallResult]]:
        """Call the entry on each case in turn, several requests in flight, until ``keep_going(case, result)``
        is false for a result that returned a value, or a call fails; that pair is the last returned.  The
        same limits per call as ``call_prepared``."""
        limit = self.problem.limits.time_s
        first_id = self.next_id + 1
        lines = [self._request_line(case.args_json) for case in cases]
        metered = self.sandbox.cpu_metered
        results: list[tuple[PreparedCase, CallResult]] = []

        def on_answer(answer, cpu_s, elapsed_s) -> bool:
            case = cases[len(results)]
            result = self._result(answer, first_id + len(results), limit, elapsed_s, cpu_s)
            results.append((case, result))
            return result.ok and keep_going(case, result)

        self.sandbox.request_many(lines, limit * WALL_FACTOR if metered else limit, limit if metered else None,
                                  on_answer)
        return results

    def _request_line(self, args_json: str) -> str:
        self.next_id += 1
        returns_arg = json.dumps(self.problem.entry.returns_arg)
        return f'{{"op":"call","id":{self.next_id},"args":{args_json},"returns_arg":{returns_arg}}}'

    def _call(self, args_json: str) -> CallResult:
        request = self._request_line(args_json)
        call_id, limit = self.next_id, self.problem.limits.time_s
        started = time.monotonic()
        if self.sandbox.cpu_metered:
            # The limit is on CPU time, read on the host: a busy machine stretches wall time, not CPU time.
            # Wall time still has a deadline, for code that sleeps or waits.
            answer = self.sandbox.request(request, limit * WALL_FACTOR, cpu_limit_s=limit)
        else:
            answer = self.sandbox.request(request, limit)
        return self._result(answer, call_id, limit, time.monotonic() - started, self.sandbox.last_cpu_s)

    def _result(self, answer, call_id: int, limit: float, elapsed: float, cpu_s: float | None) -> CallResult:
        """What one call's answer (or fault) means; ``cpu_s`` is the container CPU it took (None: unmetered)."""
        spent = cpu_s if cpu_s is not None else elapsed
        self.slowest_s = max(self.slowest_s, spent)
        if isinstance(answer, Fault):
            result = fault_result(answer, limit)
        elif spent > limit:
            result = fault_result(Fault(FaultKind.CPU_LIMIT, "CPU time over the limit"), limit)
        elif answer.get("op") != "call" or answer.get("id") != call_id or not isinstance(answer.get("ok"), bool):
            result = CallResult(verdict=Verdict.RUNTIME_ERROR, fatal=True,
                                message="the sandbox sent an answer that does not match the request (fail closed)")
        elif not answer["ok"]:
            result = error_result(answer.get("error"), _text(answer.get("stdout")))
        else:
            try:
                value = wire.decode(answer.get("value"), tags=self.sandbox.image.runtime.wire_tags)
                result = CallResult(value=value, stdout=_text(answer.get("stdout")))
            except wire.MalformedValue as exc:
                result = CallResult(verdict=Verdict.RUNTIME_ERROR, fatal=True,
                                    message=f"the returned value could not be decoded ({exc})")
        result.elapsed_s = elapsed
        return result


@dataclass
class CaseRun:
    """How a run of prepared cases ended: ``passed`` of them passed, then ``case`` failed (if one did)."""

    passed: int = 0
    case: PreparedCase | None = None  # the PreparedCase that failed
    result: CallResult | None = None
    reason: str = ""  # why it failed: the verdict's message, or the checker's
    stopped: bool = False  # ``stop`` ended the run, with no failure


def run_until_failure(run: LoadedSubmission, cases: list, label: str, progress=None, stop=None) -> CaseRun:
    """Call ``run`` on ``cases`` in order, several in flight, until one fails (a verdict, or an answer the
    checker rejects) or ``stop(passed)`` is true after a pass."""
    from judge.grading.checkers import mismatch

    problem = run.problem
    outcome = CaseRun()

    def keep_going(case, result) -> bool:
        reason = mismatch(case.expected, result.value, problem.compare, problem.checker, case.args)
        if reason:
            outcome.case, outcome.result, outcome.reason = case, result, reason
            return False
        outcome.passed += 1
        if progress:
            progress(label, outcome.passed, len(cases))
        outcome.stopped = stop is not None and stop(outcome.passed)
        return not outcome.stopped

    if progress:
        progress(label, 0, len(cases))
    answered = run.call_prepared_many(cases, keep_going) if cases else []
    if answered and not answered[-1][1].ok:
        outcome.case, outcome.result = answered[-1]
        outcome.reason = outcome.result.message
    return outcome


def _text(value, limit: int = STDOUT_SHOWN_CHARS) -> str:
    """Text the container sent, cut to ``limit`` and safe to print and store.

    JSON can carry lone surrogates (``"\\udcff"``) that UTF-8 cannot encode; left in, they crash the
    terminal output and the store.  They become visible ``\\udcff`` escapes.
    """
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    return text[:limit].encode("utf-8", "backslashreplace").decode("utf-8")


def _times(frame: list) -> int:
    """How often a traceback entry came in a row (its fourth field; 1 when absent or not a count)."""
    times = frame[3] if len(frame) > 3 else 1
    return times if type(times) is int and times >= 1 else 1


def canonical(value):
    """A value as the host sees answers: encoded and decoded, so tuples, nodes and arrays compare alike."""
    return wire.decode(wire.encode(value))
