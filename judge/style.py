"""The judge's own colour on a terminal, decided once per command. A leaf: imports nothing of the judge.

Colour is on only when the mode says so: ``always``, or ``auto`` with standard output a terminal (not
``TERM=dumb``). The mode comes from ``--color``, else the config file's ``color``, else ``never`` when
``NO_COLOR`` is set (no-color.org: a flag or a config file may override it), else ``auto``.  Text a
submission controls is never painted: it goes through ``judge.safe_text.visible`` and stays plain.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

MODES = ("auto", "always", "never")
VERDICT_COLOURS = {"accepted": "green", "wrong_answer": "red", "time_limit": "yellow", "memory_limit": "yellow",
                   "runtime_error": "red", "compile_error": "magenta", "output_limit": "yellow"}


@dataclass(frozen=True)
class ColourChoice:
    """The colour mode in force and where it came from (``--color``, the config file, NO_COLOR, default)."""

    mode: str
    source: str


def colour_mode(flag: str | None, configured: ColourChoice | None, environ=os.environ) -> ColourChoice:
    if flag is not None:
        return ColourChoice(flag, "--color")
    if configured is not None:
        return configured
    if environ.get("NO_COLOR"):
        return ColourChoice("never", "environment NO_COLOR")
    return ColourChoice("auto", "default")


def colour_on(mode: str, stream=None, environ=os.environ) -> bool:
    if mode == "never":
        return False
    if mode == "always":
        return True
    stream = stream or sys.stdout
    return bool(getattr(stream, "isatty", lambda: False)()) and environ.get("TERM") != "dumb"


class _State:
    on = False


def set_colour(on: bool) -> None:
    _State.on = on


def colour_enabled() -> bool:
    return _State.on


def paint(text: str, fg: str | None = None, *, bold: bool = False, dim: bool = False) -> str:
    """``text`` in the judge's colour when colour is on; as it is otherwise."""
    if not _State.on or not text or (fg is None and not bold and not dim):
        return text
    import click

    return click.style(text, fg=fg, bold=bold or None, dim=dim or None)


def secondary(text: str) -> str:
    """Dimmed: hints at what to type next, paths, timings."""
    return paint(text, dim=True)


def verdict_paint(text: str, verdict: str) -> str:
    return paint(text, VERDICT_COLOURS.get(verdict), bold=True)


def padded(text: str, width: int, fg: str | None = None) -> str:
    """``text`` left-aligned in ``width`` columns, then painted: escapes never eat a column gap."""
    return paint(text, fg) + " " * max(0, width - len(text))
