"""How much of the installed packs has been practised: every pattern, the untried ones too.

The catalogue (each installed problem's slug and patterns) is read from the packs by the caller and passed in
as data, so the statistics stay below the packs and never load them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

Catalogue = dict[str, tuple[str, ...]]  # problem slug -> its patterns, for every installed problem


@dataclass(frozen=True)
class UntriedPattern:
    """A pattern of the installed packs with no submission yet."""

    pattern: str
    problems: int  # installed problems that drill it, all waiting

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Coverage:
    patterns_practised: int  # patterns of the installed packs with a submission
    patterns: int  # patterns of the installed packs
    problems_practised: int  # installed problems with a submission
    problems: int  # installed problems
    since: str | None = None  # counted from submissions made since then (`judge stats --since`)

    @property
    def sentence(self) -> str:
        when = f" since {self.since[:10]}" if self.since else ""
        return (f"practised {self.patterns_practised} of {self.patterns} patterns, "
                f"{self.problems_practised} of {self.problems} problems{when}")

    def to_json(self) -> dict:
        return {**asdict(self), "sentence": self.sentence}


def problems_by_pattern(catalogue: Catalogue) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for slug in sorted(catalogue):
        for pattern in catalogue[slug]:
            found.setdefault(pattern, []).append(slug)
    return found


def coverage(catalogue: Catalogue, practised_problems: set[str], practised_patterns: set[str],
             since: str | None = None) -> Coverage:
    """Coverage of the installed packs by what has a submission (problems or patterns no pack has left out)."""
    installed = problems_by_pattern(catalogue)
    return Coverage(patterns_practised=len(practised_patterns & set(installed)), patterns=len(installed),
                    problems_practised=len(practised_problems & set(catalogue)), problems=len(catalogue), since=since)


def untried_patterns(catalogue: Catalogue, practised_patterns: set[str]) -> list[UntriedPattern]:
    """The installed patterns without a submission, the ones with most problems waiting first."""
    waiting = [UntriedPattern(pattern, len(slugs))
               for pattern, slugs in problems_by_pattern(catalogue).items() if pattern not in practised_patterns]
    return sorted(waiting, key=lambda u: (-u.problems, u.pattern))
