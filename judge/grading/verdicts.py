"""Verdicts and the report a grading run produces."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import Enum

from judge.grading.diffs import AnswerDiff


class Verdict(str, Enum):
    ACCEPTED = "accepted"
    WRONG_ANSWER = "wrong_answer"
    TIME_LIMIT = "time_limit"
    MEMORY_LIMIT = "memory_limit"
    RUNTIME_ERROR = "runtime_error"
    COMPILE_ERROR = "compile_error"
    OUTPUT_LIMIT = "output_limit"

    @property
    def label(self) -> str:
        return {
            "accepted": "Accepted",
            "wrong_answer": "Wrong Answer",
            "time_limit": "Time Limit Exceeded",
            "memory_limit": "Memory Limit Exceeded",
            "runtime_error": "Runtime Error",
            "compile_error": "Compile Error",
            "output_limit": "Output Limit Exceeded",
        }[self.value]


@dataclass
class FailingCase:
    """The first case a submission failed, shown as LeetCode shows it."""

    source: str  # "hidden", "example" or "property"
    index: int | None
    tags: list[str]
    input: str
    expected: str | None
    got: str | None
    stdout: str = ""
    reason: str = ""
    diff: AnswerDiff | None = None  # where a returned answer differs from the expected one


@dataclass
class Report:
    problem: str
    verdict: Verdict
    passed: int
    total: int
    cases: str = "hidden"  # which cases passed/total counts: "hidden", or "example" for `judge test`
    elapsed_s: float = 0.0
    message: str = ""  # one line: why, for anything but accepted
    error: dict | None = None  # exception type, message, line, user traceback
    failing_case: FailingCase | None = None
    counterexample: FailingCase | None = None  # a shrunk property-test failure
    property_examples: int = 0
    max_case_s: float = 0.0  # the slowest call, host wall-clock
    stderr_tail: str = ""
    complexity: dict | None = None  # the complexity report, for accepted and time_limit verdicts
    extra: dict = field(default_factory=dict)

    @property
    def accepted(self) -> bool:
        return self.verdict is Verdict.ACCEPTED

    def to_json(self) -> dict:
        data = asdict(self)
        data["verdict"] = self.verdict.value
        return data

    @classmethod
    def from_json(cls, data: dict) -> Report:
        """The report ``to_json`` made (the service sends reports as JSON); keys it does not know are dropped."""
        known = {name: data[name] for name in cls.__dataclass_fields__ if name in data}
        known["verdict"] = Verdict(data["verdict"])
        for name in ("failing_case", "counterexample"):
            if known.get(name) is not None:
                case = {k: v for k, v in known[name].items() if k in FailingCase.__dataclass_fields__}
                if case.get("diff") is not None:
                    case["diff"] = AnswerDiff.from_json(case["diff"])
                known[name] = FailingCase(**case)
        return cls(**known)
