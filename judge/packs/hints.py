"""A problem's hints (``hints.md``) and the give-aways a statement must not contain.

``hints.md`` is an ordered list, the first hint a nudge towards the idea and the last close to the
approach; each item starts ``N. `` at the start of a line (N = 1, 2, ... in order) and may go on over
indented lines::

    1. What do you know about the answer once you have seen the first half?

    2. Keep the running best of the prefix, and compare each new element with it.
       That is one pass.

The statement is the problem only: the pack validator refuses one that names its pattern or states a
complexity (``giveaways``); the approach belongs in the hints.
"""

from __future__ import annotations

import re
from pathlib import Path

from judge.errors import PackError

HINTS_FILE = "hints.md"
MIN_HINTS = 2
ITEM_RE = re.compile(r"^(\d+)\.[ \t]+(\S.*)$")

# How each pattern is named in prose.  A pattern not listed here is found by its slug's words.
PATTERN_PHRASES: dict[str, tuple[str, ...]] = {
    "two-pointers": (r"two[\s-]+pointers?",),
    "sliding-window": (r"sliding[\s-]+windows?",),
    "monotonic-stack": (r"monotonic",),
    "bfs-dfs": (r"breadth[\s-]+first", r"depth[\s-]+first", r"\bbfs\b", r"\bdfs\b"),
    "topological-sort": (r"topological",),
    "binary-search-on-answer": (r"binary[\s-]+search",),
    "dijkstra": (r"dijkstra",),
    "union-find": (r"union[\s-]+find", r"disjoint[\s-]+sets?", r"\bdsu\b"),
    "prefix-sums": (r"prefix[\s-]+sums?",),
    "heap": (r"\bheaps?\b", r"heapq", r"priority[\s-]+queues?"),
    "dp-sequences": (r"dynamic[\s-]+programming", r"\bdp\b", r"memoi[sz]"),
    "dp-trees": (r"dynamic[\s-]+programming", r"\bdp\b", r"memoi[sz]"),
    "backtracking": (r"backtrack",),
    "intervals": (r"sweep[\s-]*line", r"\bsort\w*\s+(?:\w+\s+){0,3}by\s+(?:their\s+)?(?:start|end)"),
    "vectorized-numpy": (r"vectori[sz]",),
    # The ML topics are the task itself ("write multi-head attention"): naming one gives nothing away.
    **{f"ml-{topic}": () for topic in ("attention", "normalisation", "losses", "optimizers", "autograd", "data",
                                       "mixed-precision", "decoding", "classic")},
    # Except this one: the task is to design the check, and calling it one names the kind of answer wanted.
    "ml-sanity-checks": (r"sanity[\s-]+checks?", r"smoke[\s-]+tests?"),
}
COMPLEXITY_PHRASES = (r"\bO\s*\(", r"\b(?:linear|logarithmic|quadratic|constant)[\s-]+(?:time|space|memory)\b")


def parse_hints(path: Path) -> tuple[str, ...]:
    """The hints in ``path`` (empty when there is no such file); PackError naming the line of a mistake."""
    if not path.is_file():
        return ()
    hints: list[list[str]] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        item = ITEM_RE.match(line)
        if item:
            if int(item.group(1)) != len(hints) + 1:
                raise PackError(f"{path}: line {number}: hint {item.group(1)} where {len(hints) + 1} comes next",
                                "number the hints 1, 2, 3, ... in the order they are shown")
            hints.append([item.group(2).rstrip()])
        elif not line.strip():
            if hints:
                hints[-1].append("")
        elif line[:1] in " \t" and hints:
            hints[-1].append(line.strip())
        else:
            raise PackError(f"{path}: line {number}: text outside a numbered hint",
                            "start each hint with `N. ` and indent the lines that continue it")
    return tuple("\n".join(lines).strip() for lines in hints)


def giveaways(text: str, patterns: tuple[str, ...] | list[str]) -> list[str]:
    """What in ``text`` gives the approach away: a phrase naming one of ``patterns``, or a complexity."""
    found = []
    for pattern in patterns:
        phrases = PATTERN_PHRASES.get(pattern, (r"[\s-]+".join(map(re.escape, pattern.split("-"))),))
        for phrase in phrases:
            match = re.search(phrase, text, re.IGNORECASE)
            if match:
                found.append(f"names the pattern ({match.group(0)!r})")
                break
    for phrase in COMPLEXITY_PHRASES:
        match = re.search(phrase, text, re.IGNORECASE)
        if match:
            found.append(f"states a complexity ({match.group(0)!r}...)")
            break
    return found
