"""Complexity reports: how an accepted submission's time and space grow, against the problem's target.

``measure`` sweeps generated worst-case inputs through the submission's
sandbox (the runner's ``measure`` request), ``fit`` and ``report`` turn the
points into classes, a status against the target and a verdict on the user's
claim, and ``text`` draws the report and a log-log plot for the terminal.

The entry point is ``complexity_step``: it checks the user's claims and loads
the pack's generators up front (so a bad claim or a broken pack fails before
anything runs), and returns the function that measures a judged submission
(accepted, or too slow) in a sandbox of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from judge.complexity.plan import Budget
from judge.errors import UsageError
from judge.growth import ExpressionError


@dataclass(frozen=True)
class ComplexityOptions:
    """What the user asked for: claims to check (``O(n log n)``), and the budget."""

    claim_time: str | None = None
    claim_space: str | None = None
    budget: Budget = field(default_factory=Budget)


def check_claims(problem, options: ComplexityOptions) -> None:
    """UsageError (one line) for a claim the judge cannot read or cannot check on this problem."""
    claims = [(flag, text, axis) for flag, text, axis in (("--claim", options.claim_time, "time"),
                                                          ("--space-claim", options.claim_space, "space"))
              if text is not None]
    if not claims:
        return
    from judge.complexity.report import claim_names, parse_claim

    params = tuple(p.name for p in problem.size_parameters)
    if not params:
        raise UsageError(f"{problem.slug} has no complexity measurement, so a claim cannot be checked",
                         f"submit without {claims[0][0]}")
    for flag, text, axis in claims:
        target = problem.complexity[axis]
        try:
            parse_claim(text, params, target)
        except ExpressionError as exc:
            names = claim_names(params, target)
            raise UsageError(f"{flag} {text!r}: {exc}",
                             f"write it in {', '.join(names)}, as in O({params[0]} log {params[0]})") from None


def complexity_step(problem, options: ComplexityOptions):
    """The function that measures a judged submission loaded in a sandbox: ``step(sandbox, progress) -> dict``.

    Raises UsageError for a bad claim and PackError for a broken pack, before
    anything runs.  The dict is the ``complexity`` object of ``submit --json``.
    """
    from judge.complexity.measure import Subject
    from judge.complexity.report import unavailable

    check_claims(problem, options)
    subject = Subject.from_problem(problem)

    def step(sandbox, progress=None) -> dict:
        from judge.complexity.measure import measure
        from judge.complexity.report import ReportRequest, build_report

        if subject is None:
            why = f" ({problem.no_sizes})" if problem.no_sizes else ""
            return unavailable(f"{problem.slug} has no complexity measurement{why}: only its verdict is judged")
        measurement = measure(sandbox, subject, options.budget, progress)
        return build_report(measurement, ReportRequest(
            params=tuple(p.name for p in subject.parameters), time_target=problem.complexity["time"],
            space_target=problem.complexity["space"], vectorized_expected=problem.vectorized,
            claim_time=options.claim_time, claim_space=options.claim_space))

    return step
