"""The user's defaults: ``config.toml`` under the XDG config dir (``JUDGE_CONFIG`` names another file).

A leaf beside paths: imports nothing of the judge but its errors.  Every value is checked on reading and
a mistake names the file and the key, as the pack loader does; ``effective`` says where each value in
force came from (``judge config``).

    # ~/.config/drill-judge/config.toml
    minutes = 45             # judge start --minutes
    count = 2                # judge start --count
    difficulty = "medium"    # judge start --difficulty: easy, medium or hard
    mode = "interview"       # judge start: interview (hides patterns, targets, hints) or practice
    editor = "nvim"          # judge edit, judge start --open (else $VISUAL, $EDITOR, then nano or vi)
    color = "auto"           # auto, always or never (the --color option wins; NO_COLOR is read otherwise)
"""

from __future__ import annotations

import os
import shutil
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from judge.errors import UsageError

DIFFICULTIES = ("easy", "medium", "hard")
MODES = ("interview", "practice")
COLOUR_MODES = ("auto", "always", "never")
FALLBACK_EDITORS = ("sensible-editor", "editor", "nano", "vim", "vi")


@dataclass(frozen=True)
class Key:
    """One setting: its type, its check, the default in force without a config file."""

    name: str
    kind: type
    check: Callable[[object], bool]
    what: str
    default: object


KEYS = (
    Key("minutes", int, lambda v: isinstance(v, int) and 1 <= v <= 24 * 60, "a whole number of minutes from 1 to 1440",
        60),
    Key("count", int, lambda v: isinstance(v, int) and 1 <= v <= 10, "a number of problems from 1 to 10", 2),
    Key("difficulty", str, DIFFICULTIES.__contains__, f"one of {', '.join(DIFFICULTIES)}", "medium"),
    Key("mode", str, MODES.__contains__, f"one of {', '.join(MODES)}", "interview"),
    Key("editor", str, lambda v: bool(str(v).strip()), "a command such as \"nvim\" or \"code --wait\"", None),
    Key("color", str, COLOUR_MODES.__contains__, f"one of {', '.join(COLOUR_MODES)}", "auto"),
)
BY_NAME = {key.name: key for key in KEYS}


@dataclass(frozen=True)
class Setting:
    """A value in force and where it came from."""

    name: str
    value: object
    source: str

    def to_json(self) -> dict:
        return {"name": self.name, "value": self.value, "source": self.source}


def config_path() -> Path:
    override = os.environ.get("JUDGE_CONFIG")
    if override:
        return Path(override).expanduser()
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "drill-judge" / "config.toml"


def read_config(path: Path | None = None) -> dict[str, object]:
    """The file's settings, checked; {} when there is no file. UsageError naming `file: key` otherwise."""
    path = path or config_path()
    try:
        with path.open("rb") as handle:
            table = tomllib.load(handle)
    except FileNotFoundError:
        return {}
    except IsADirectoryError:
        raise UsageError(f"{path}: a directory, not a config file", "point JUDGE_CONFIG at a TOML file") from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{path}: not valid TOML ({exc})", "fix the syntax, or move the file away") from None
    for name, value in table.items():
        key = BY_NAME.get(name)
        if key is None:
            raise UsageError(f"{path}: unknown key `{name}`", f"the keys are {', '.join(BY_NAME)}")
        if not isinstance(value, key.kind) or isinstance(value, bool) or not key.check(value):
            raise UsageError(f"{path}: key `{name}` must be {key.what}, not {value!r}", "fix the value")
    return table


def setting(name: str, table: dict[str, object] | None = None) -> Setting:
    """One setting in force: from the config file, else its default."""
    table = read_config() if table is None else table
    if name in table:
        return Setting(name, table[name], f"config file {config_path()}")
    return Setting(name, BY_NAME[name].default, "default")


def editor_setting(table: dict[str, object] | None = None, environ=os.environ) -> Setting:
    """The editor command: the config file's, else $VISUAL, else $EDITOR, else the first of
    sensible-editor, editor, nano, vim, vi on PATH; value None when there is none."""
    table = read_config() if table is None else table
    if "editor" in table:
        return Setting("editor", table["editor"], f"config file {config_path()}")
    for variable in ("VISUAL", "EDITOR"):
        if environ.get(variable, "").strip():
            return Setting("editor", environ[variable], f"environment {variable}")
    for name in FALLBACK_EDITORS:
        if shutil.which(name, path=environ.get("PATH")):
            return Setting("editor", name, "found on PATH (no VISUAL or EDITOR set)")
    return Setting("editor", None, "none: VISUAL and EDITOR are unset and no nano or vi is on PATH")


def effective(colour_source: Setting | None = None) -> list[Setting]:
    """Every setting in force, in KEYS order; ``colour_source`` is the colour as the command line decided it."""
    table = read_config()
    found = []
    for key in KEYS:
        if key.name == "editor":
            found.append(editor_setting(table))
        elif key.name == "color" and colour_source is not None:
            found.append(colour_source)
        else:
            found.append(setting(key.name, table))
    return found
