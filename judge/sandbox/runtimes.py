"""Runtimes: the kinds of sandbox a submission can run in, one directory each under ``sandboxes/``.

A runtime is ``sandboxes/<name>/`` with a Dockerfile, any files of its own, and a ``runtime.toml``
naming how its image is tagged, the command its containers run, the runner files copied in from
``judge/sandbox/``, the modules preloaded before a submission, its solution files' suffix, the tagged
wire values its containers may send, its environment and the smoke submission ``judge sandbox check``
runs, and optionally the ``hooks`` module (a file of its directory) the runner calls around loads and
calls, and whether references can run on the host (``reference_on_host``; false where the host lacks the
runtime's libraries, and then they run in a trusted container of the runtime), and the default memory
limit of its problems and warm containers (``memory_mb``).  Everything that differs
between runtimes is read from there: adding one is adding a directory.
A problem names its runtime (``runtime = "python"`` by default).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from judge.errors import EnvironmentProblem, UsageError
from judge.paths import sandboxes_dir
from judge.sandbox.wire import TAGS

DEFAULT_RUNTIME = "python"
RUNTIME_FILE = "runtime.toml"
NAME_RE = re.compile(r"^[a-z][a-z0-9-]{0,31}$")
RUNNER_DIR = Path(__file__).resolve().parent
_FIELDS = {"name", "tag_prefix", "command", "runner_files", "preload", "suffix", "wire_tags", "environment", "smoke",
           "hooks", "reference_on_host", "memory_mb"}


@dataclass(frozen=True)
class Smoke:
    """A submission every image of the runtime must run: ``entry()`` returns a dict of component versions."""

    source: str
    entry: str


@dataclass(frozen=True)
class Runtime:
    """One runtime, as its ``runtime.toml`` describes it."""

    name: str
    directory: Path
    tag_prefix: str
    command: tuple[str, ...]
    runner_files: tuple[str, ...]
    preload: tuple[str, ...]
    suffix: str
    wire_tags: frozenset[str]
    environment: dict[str, str]
    smoke: Smoke
    hooks: str | None = None  # a module of the runtime's directory the runner calls around loads and calls
    reference_on_host: bool = True  # False: the host cannot run references (say, no torch): a trusted container does
    memory_mb: int = 256  # the default memory limit of its problems and its warm containers (torch alone takes 240 MB)

    def baked_files(self) -> dict[str, bytes]:
        """Every file of the image's build context, by name: the runtime's directory and its runner files."""
        files = {p.name: p.read_bytes() for p in sorted(self.directory.iterdir()) if p.is_file()}
        for name in self.runner_files:
            files[name] = (RUNNER_DIR / name).read_bytes()
        return files


@dataclass(frozen=True)
class SandboxImage:
    """A built image of a runtime: what a container is created from."""

    runtime: Runtime
    tag: str


def runtime_names() -> list[str]:
    """The runtimes installed (the shipped ones, or JUDGE_SANDBOXES), sorted."""
    root = sandboxes_dir()
    return sorted(p.name for p in root.iterdir() if (p / RUNTIME_FILE).is_file()) if root.is_dir() else []


def load_runtime(name: str = DEFAULT_RUNTIME) -> Runtime:
    """The runtime called ``name``; UsageError for an unknown one, EnvironmentProblem for a broken one."""
    directory = sandboxes_dir() / name
    path = directory / RUNTIME_FILE
    if not NAME_RE.match(name) or not path.is_file():
        known = ", ".join(runtime_names()) or "none"
        raise UsageError(f"no runtime called {name!r} (installed: {known})",
                         f"name one of them, or add sandboxes/{name}/{RUNTIME_FILE}")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise EnvironmentProblem(f"{path}: cannot be read ({exc})", "fix the file's TOML") from None

    def field(key: str, kind: type, check=lambda value: True, what: str = ""):
        value = data.get(key)
        if not isinstance(value, kind) or not check(value):
            raise EnvironmentProblem(f"{path}: {key}: missing or invalid", f"it must be {what or kind.__name__}")
        return value

    def strings(key: str, check=lambda value: True, what: str = "a list of strings", least: int = 0):
        return tuple(field(key, list, lambda v: len(v) >= least and all(isinstance(s, str) and check(s) for s in v),
                           what))

    unknown = sorted(set(data) - _FIELDS)
    if unknown:
        raise EnvironmentProblem(f"{path}: {unknown[0]}: not a runtime field", f"use only {', '.join(sorted(_FIELDS))}")
    field("name", str, lambda v: v == name, f'"{name}", the directory\'s name')
    smoke = field("smoke", dict, lambda v: isinstance(v.get("source"), str) and isinstance(v.get("entry"), str),
                  "a table with source and entry strings")
    environment = field("environment", dict, lambda v: all(isinstance(x, str) for x in v.values()),
                        "a table of strings")
    return Runtime(
        name=name,
        directory=directory,
        tag_prefix=field("tag_prefix", str, NAME_RE.match, "a short lower-case name"),
        command=strings("command", what="a non-empty list of strings", least=1),
        runner_files=strings("runner_files", lambda s: (RUNNER_DIR / s).is_file() and "/" not in s,
                             "a list of files in judge/sandbox/"),
        preload=strings("preload"),
        suffix=field("suffix", str, lambda v: v.startswith(".") and len(v) > 1, 'a file suffix like ".py"'),
        wire_tags=frozenset(strings("wire_tags", TAGS.__contains__, f"a list of tags from {', '.join(sorted(TAGS))}")),
        environment=dict(environment),
        smoke=Smoke(source=smoke["source"], entry=smoke["entry"]),
        hooks=field("hooks", str, lambda v: NAME_RE.match(v.replace("_", "-")) and (directory / f"{v}.py").is_file(),
                    f"the name of a module file in {directory}") if "hooks" in data else None,
        reference_on_host=field("reference_on_host", bool) if "reference_on_host" in data else True,
        memory_mb=field("memory_mb", int, lambda v: 64 <= v <= 2048, "an int in [64, 2048]")
        if "memory_mb" in data else 256,
    )
