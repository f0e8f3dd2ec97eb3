"""Opening files in the user's editor: the config file's ``editor``, else $VISUAL, $EDITOR, then the first of
sensible-editor, editor, nano, vim, vi on PATH (judge.config.editor_setting)."""

from __future__ import annotations

import shlex
import subprocess
from pathlib import Path

from judge.config import config_path, editor_setting
from judge.errors import EnvironmentProblem, UsageError


def editor_command() -> list[str]:
    """The editor's command line (without files); EnvironmentProblem when there is none."""
    chosen = editor_setting()
    if chosen.value is None:
        raise EnvironmentProblem("no editor to open it with: VISUAL and EDITOR are unset and no nano or vi is "
                                 "installed", f"export EDITOR=vim (or any editor), or set editor in {config_path()}")
    try:
        words = shlex.split(str(chosen.value))
    except ValueError as exc:
        raise UsageError(f"the editor command {chosen.value!r} (from {chosen.source}) cannot be split ({exc})",
                         "fix its quotes") from None
    if not words:
        raise UsageError(f"the editor command from {chosen.source} is empty", "name an editor")
    return words


def open_in_editor(paths: list[Path]) -> int:
    """Open ``paths`` in the editor and wait for it; its exit status."""
    command = editor_command()
    try:
        return subprocess.call([*command, *map(str, paths)])
    except FileNotFoundError:
        raise EnvironmentProblem(f"the editor {command[0]!r} ({editor_setting().source}) is not installed",
                                 "install it, or set VISUAL/EDITOR or editor in the config file to one that "
                                 "is") from None
    except PermissionError:
        raise EnvironmentProblem(f"the editor {command[0]!r} cannot be run (permission denied)",
                                 "set VISUAL/EDITOR to an editor you can run") from None
