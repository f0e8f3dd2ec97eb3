"""Where the judge keeps its data: JUDGE_HOME, else the XDG data dir."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    """The judge's data dir, created on first use. Nothing else on the host is written."""
    override = os.environ.get("JUDGE_HOME")
    if override:
        path = Path(override).expanduser()
    else:
        base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        path = Path(base) / "drill-judge"
    path.mkdir(parents=True, exist_ok=True)
    return path


def problems_dir() -> Path:
    """The problem packs: JUDGE_PROBLEMS, else the checkout's problems/."""
    return Path(os.environ.get("JUDGE_PROBLEMS") or REPO_ROOT / "problems")


def sandboxes_dir() -> Path:
    """The runtimes, one directory each: JUDGE_SANDBOXES, else the checkout's sandboxes/."""
    return Path(os.environ.get("JUDGE_SANDBOXES") or REPO_ROOT / "sandboxes")
