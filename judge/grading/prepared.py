"""Hidden cases prepared once per problem version: wire-encoded arguments and expected answers.

Preparing a case means running the reference (trusted, on the host) and
encoding the arguments for the wire; for max-size cases that costs more than
judging them.  Prepared cases are cached as JSON in ``cache_dir``, keyed by a
hash of every file that could change them, so an edited pack is re-prepared
and a cache entry is never trusted across versions.  JSON only: the cache is
read back with the same wire codec as answers.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from judge.errors import PackError
from judge.packs.model import Case, Problem
from judge.sandbox import wire

_INPUT_FILES = ("problem.toml", "cases.py", "reference.py")


@dataclass(frozen=True)
class PreparedCase:
    index: int
    tags: tuple[str, ...]
    args_wire: list  # ready to send
    expected: object  # canonical, as answers decode

    def args(self) -> list:
        """The arguments as plain data, for checkers and for showing the input."""
        return wire.decode(self.args_wire)


def cache_key(problem: Problem, files: tuple[str, ...] = _INPUT_FILES, extra: str = "") -> str:
    """A hash of the wire codec, the problem's ``files`` and ``extra``: what prepared data depends on."""
    digest = hashlib.sha256(Path(wire.__file__).read_bytes() + extra.encode())
    for name in files:
        digest.update(name.encode() + b"\0" + (problem.directory / name).read_bytes())
    return digest.hexdigest()[:20]


def prepare(problem: Problem, case: Case) -> PreparedCase:
    try:
        answer = case.expected if case.has_expected else problem.expected_answer(case.args)
        return PreparedCase(case.index, case.tags, wire.encode(list(case.args)), wire.decode(wire.encode(answer)))
    except Exception as exc:  # noqa: BLE001
        raise PackError(f"{problem.directory / 'cases.py'}: the reference failed on case {case.index} "
                        f"({type(exc).__name__}: {exc})", "fix the case or the reference") from None


def prepared_hidden_cases(problem: Problem, cache_dir: Path | None) -> list[PreparedCase]:
    """The problem's hidden cases, prepared; from the cache when it holds this version."""
    path = cache_dir / f"{problem.slug}-{cache_key(problem)}.json" if cache_dir else None
    cached = read_cached(path) if path is not None else None
    if cached is not None:
        return cached
    prepared = [prepare(problem, case) for case in problem.hidden_cases]
    if path is not None:
        write_cached(path, prepared)
    return prepared


def read_cached(path: Path) -> list[PreparedCase] | None:
    """Prepared cases from a cache file; None when it is missing or damaged (then it is rebuilt)."""
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
        return [PreparedCase(r["index"], tuple(r["tags"]), r["args"], wire.decode(r["expected"])) for r in rows]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_cached(path: Path, prepared: list[PreparedCase]) -> None:
    rows = [{"index": p.index, "tags": list(p.tags), "args": p.args_wire, "expected": wire.encode(p.expected)}
            for p in prepared]
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(rows, handle, separators=(",", ":"))
    os.replace(tmp, path)  # readers see the old file or the whole new one
