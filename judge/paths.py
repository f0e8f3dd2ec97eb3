"""Where the judge keeps its data (JUDGE_HOME, else the XDG data dir) and where it finds packs and runtimes."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
# A wheel carries the repository's problems/ and sandboxes/ here (setup.py's build step copies them in); a
# checkout, editable installs included, has them at its root.
BUNDLED_DIR = Path(__file__).resolve().parent / "_bundled"
PACKS_DIRNAME = "packs"


def data_path() -> Path:
    """The judge's data dir, without creating it (for reading commands on a fresh install)."""
    override = os.environ.get("JUDGE_HOME")
    if override:
        return Path(override).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "drill-judge"


def data_dir() -> Path:
    """The judge's data dir, created on first use. Nothing else on the host is written."""
    path = data_path()
    path.mkdir(parents=True, exist_ok=True)
    return path


def shipped_dir(name: str) -> Path:
    """What the distribution ships as ``name`` (problems or sandboxes): inside the installed wheel, else the
    checkout's own directory. The one place that knows the difference."""
    bundled = BUNDLED_DIR / name
    return bundled if bundled.is_dir() else REPO_ROOT / name


def problems_dir() -> Path:
    """The built-in problem packs: JUDGE_PROBLEMS, else the ones the distribution ships."""
    return Path(os.environ.get("JUDGE_PROBLEMS") or shipped_dir("problems"))


def sandboxes_dir() -> Path:
    """The runtimes, one directory each: JUDGE_SANDBOXES, else the ones the distribution ships."""
    return Path(os.environ.get("JUDGE_SANDBOXES") or shipped_dir("sandboxes"))


@dataclass(frozen=True)
class PackRoot:
    """A place packs are read from: a directory of packs, or one pack's own directory."""

    path: Path
    source: str  # "built-in", "JUDGE_PROBLEMS", "JUDGE_PACKS" or "data dir": what `judge packs` shows


def pack_roots() -> list[PackRoot]:
    """Every place packs come from, in order: the built-in packs (or JUDGE_PROBLEMS), each path of JUDGE_PACKS
    (os.pathsep-separated), and the packs directory under the data dir."""
    roots = [PackRoot(problems_dir(), "JUDGE_PROBLEMS" if os.environ.get("JUDGE_PROBLEMS") else "built-in")]
    for entry in (os.environ.get("JUDGE_PACKS") or "").split(os.pathsep):
        if entry.strip():
            roots.append(PackRoot(Path(entry.strip()).expanduser(), "JUDGE_PACKS"))
    roots.append(PackRoot(data_path() / PACKS_DIRNAME, "data dir"))
    return roots
