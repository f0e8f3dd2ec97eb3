"""Hidden cases prepared once per problem version: wire-encoded arguments and expected answers.

Preparing a case means running the reference (trusted, on the host) and
encoding the arguments for the wire; for max-size cases that costs more than
judging them.  Prepared cases are cached in ``cache_dir``, keyed by a hash of
every file that could change them, so an edited pack is re-prepared and a
cache entry is never trusted across versions.

The arguments stay JSON text from preparation to the request line: a
max-size input is hundreds of KB, and parsing it on load and serializing it
again per request cost more than the call.  The cache file is JSON lines: a
header with the SHA-256 of the rest (a damaged or truncated file is rebuilt,
never sent), then per case a line of index, tags and expected answer (read
back with the same wire codec as answers) and a line of arguments, kept as text.
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


CACHE_FORMAT = 2


@dataclass(frozen=True)
class PreparedCase:
    index: int
    tags: tuple[str, ...]
    args_json: str  # the wire-encoded arguments as one line of JSON text, sent as they are
    expected: object  # canonical, as answers decode

    @classmethod
    def of(cls, index: int, tags: tuple[str, ...], args: list, expected) -> PreparedCase:
        return cls(index, tuple(tags), encode_args(args), expected)

    def args(self) -> list:
        """The arguments as plain data, for checkers and for showing the input."""
        return wire.decode(json.loads(self.args_json))


def encode_args(args: list) -> str:
    """Arguments as the JSON text of their wire form (no newline can occur in it: strings are escaped)."""
    return json.dumps(wire.encode(list(args)), allow_nan=False, separators=(",", ":"))


def cache_key(problem: Problem, files: tuple[str, ...] = _INPUT_FILES, extra: str = "") -> str:
    """A hash of the wire codec, the problem's ``files`` and ``extra``: what prepared data depends on."""
    digest = hashlib.sha256(Path(wire.__file__).read_bytes() + extra.encode())
    if problem.harness_source is not None:  # it builds what the reference is called on
        files = (*files, "harness.py")
    for name in files:
        digest.update(name.encode() + b"\0" + (problem.directory / name).read_bytes())
    return digest.hexdigest()[:20]


def prepare(problem: Problem, case: Case) -> PreparedCase:
    try:
        answer = case.expected if case.has_expected else problem.expected_answer(case.args)
        return PreparedCase.of(case.index, case.tags, case.args, wire.decode(wire.encode(answer)))
    except Exception as exc:  # noqa: BLE001
        raise PackError(f"{problem.directory / 'cases.py'}: the reference failed on case {case.index} "
                        f"({type(exc).__name__}: {exc})", "fix the case or the reference") from None


def prepared_hidden_cases(problem: Problem, cache_dir: Path | None) -> list[PreparedCase]:
    """The problem's hidden cases, prepared; from the cache when it holds this version."""
    path = cache_dir / f"{problem.slug}-{cache_key(problem)}.cases" if cache_dir else None
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
        header, _, rest = path.read_text(encoding="utf-8").partition("\n")
        meta = json.loads(header)
        if meta.get("format") != CACHE_FORMAT or meta.get("sha256") != hashlib.sha256(rest.encode()).hexdigest():
            return None
        lines = rest.split("\n")[:-1]
        cases = []
        for info, args_json in zip(lines[0::2], lines[1::2]):
            row = json.loads(info)
            cases.append(PreparedCase(row["index"], tuple(row["tags"]), args_json, wire.decode(row["expected"])))
        return cases if len(lines) == 2 * len(cases) else None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def write_cached(path: Path, prepared: list[PreparedCase]) -> None:
    rest = "".join(json.dumps({"index": p.index, "tags": list(p.tags), "expected": wire.encode(p.expected)},
                              separators=(",", ":")) + "\n" + p.args_json + "\n" for p in prepared)
    header = json.dumps({"format": CACHE_FORMAT, "sha256": hashlib.sha256(rest.encode()).hexdigest()})
    write_atomically(path, header + "\n" + rest)


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file beside it: readers see the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(tmp, path)
