"""Errors a user can meet, each with the exit code the CLI documents.

Exit codes:
    0  accepted (or the command succeeded)
    1  judged and not accepted; a pack failed validation
    2  usage error: bad arguments, unknown problem, malformed submission file or pack
    3  environment error: no Docker engine, no sandbox image, missing tool
    4  internal error of the judge itself (judge.cli)
    5  damaged data: the judge's database (or a backup asked for) is not a sound SQLite database;
       the message names the file and `judge data restore`
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_NOT_ACCEPTED = 1
EXIT_USAGE = 2
EXIT_ENVIRONMENT = 3
EXIT_DAMAGED = 5


class JudgeError(Exception):
    """An error with a one-line message that says what went wrong and how to fix it."""

    exit_code = EXIT_USAGE

    def __init__(self, message: str, fix: str | None = None):
        self.message = message
        self.fix = fix
        super().__init__(self.one_line())

    def one_line(self) -> str:
        return f"{self.message}; {self.fix}" if self.fix else self.message


class UsageError(JudgeError):
    exit_code = EXIT_USAGE


class PackError(JudgeError):
    """A problem pack is malformed; the message names the file and the field."""

    exit_code = EXIT_USAGE


class EnvironmentProblem(JudgeError):
    """The machine lacks something the judge needs (engine, image, tool)."""

    exit_code = EXIT_ENVIRONMENT


class DamagedData(JudgeError):
    """The judge's database, or a backup, is damaged (truncated, overwritten, not a database)."""

    exit_code = EXIT_DAMAGED


def did_you_mean(word: str, choices) -> str:
    """ " (did you mean `x`?)" for the closest of ``choices`` to a mistyped ``word``; "" when none is close."""
    import difflib

    close = difflib.get_close_matches(word, sorted(set(choices)), n=1, cutoff=0.6)
    return f" (did you mean `{close[0]}`?)" if close else ""
