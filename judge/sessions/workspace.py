"""Writing a session's workspace: a starter file and a statement per problem, and a README.

The starter file keeps (or gains) its ``# judge: problem=SLUG`` line, so
`judge submit FILE` knows the problem even when the file is copied elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from judge.clock import clock_text, deadline_text
from judge.errors import UsageError
from judge.packs.loader import MARKER_RE
from judge.packs.statement import limit_line
from judge.packs.statement import statement_text as body
from judge.sandbox.runtimes import load_runtime


@dataclass(frozen=True)
class Drill:
    """The session a workspace is written for, as its README tells it."""

    started_at: str
    deadline: str
    minutes: int
    blind: bool
    practice: bool


@dataclass
class WorkspaceFile:
    slug: str
    solution: Path
    statement: Path
    cases: Path


def module_name(slug: str) -> str:
    return slug.replace("-", "_")


def check_directory(directory: Path) -> None:
    """A workspace goes into a new or empty directory, so nothing of the user's is overwritten."""
    if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
        raise UsageError(f"{directory} already exists and is not an empty directory",
                         "pass another --dir, or remove it first")


def starter_text(problem) -> str:
    text = problem.starter_path.read_text(encoding="utf-8")
    if not MARKER_RE.search(text):
        text = f"# judge: problem={problem.slug}\n{text}"
    return text


LITERAL_NOTES = {"tree": "A tree is its level order, None for a missing child: [1, 2, None, 3].",
                 "linked_list": "A linked list is the list of its values: [1, 2, 3].",
                 "ndarray": "An array is nested lists: [[1.0, 2.0], [3.0, 4.0]] (write floats with a point)."}


def cases_text(problem) -> str:
    """The cases file the candidate fills before coding (read as data by `judge cases`, never run)."""
    params = ", ".join(problem.entry.params)
    forms = {form for form in (*problem.entry.literal_forms[0], problem.entry.literal_forms[1]) if form}
    written = "".join(f"# {LITERAL_NOTES[form]}\n" for form in sorted(forms))
    return (f"# judge: problem={problem.slug}\n"
            f"# Your own test cases for {problem.title}, written before the code.\n"
            f"# `judge cases {module_name(problem.slug)}_cases.py` checks each expected answer and counts the\n"
            "# known bugs your cases catch.\n"
            f"# One case: (({params},), expected). Literals only: numbers, strings, None, True/False, lists, tuples.\n"
            f"{written}"
            "CASES = [\n]\n")


def statement_text(problem, practice: bool) -> str:
    """The statement with the signature and the examples; in practice mode also the target and the hints,
    in interview mode only the time limit."""
    if not practice:
        return body(problem, limit_line(problem)) + "\n"
    return body(problem, f"Target: time {problem.complexity['time']}, space {problem.complexity['space']}; "
                         f"limit {problem.limits.time_s:g} s per test.", with_hints=True) + "\n"


def readme_text(problems: list, files: list[WorkspaceFile], drill: Drill) -> str:
    practice = drill.practice
    lines = [f"# Timed drill: {len(problems)} problem(s) in {clock_text(drill.minutes * 60)}", "",
             f"Started {drill.started_at}, deadline {drill.deadline} ({deadline_text(drill.deadline)}).", ""]
    for problem, f in zip(problems, files):
        about = f"{problem.difficulty}, {', '.join(problem.patterns)}" if practice else problem.difficulty
        lines.append(f"- **{problem.title}** ({about}): write `{f.solution.name}`, read `{f.statement.name}`, "
                     f"test first in `{f.cases.name}`")
    lines += ["", "Commands:", "",
              "    judge status --watch      # the time left and where each problem stands, live",
              f"    judge submit {files[0].solution.name}  # judge a solution; the file names its problem",
              "    judge plan FILE --pattern P --time T --space S  # your plan (pattern, complexity), before coding",
              "    judge cases FILE_cases.py # check your own cases: right answers? which known bugs they catch",
              "    judge hint FILE           # the next hint of that problem (counted in the review)",
              "    judge end                 # close the session and print the summary", ""]
    if not practice:
        lines += ["Interview mode: recognise the pattern, outline approaches, state the target complexity, write",
                  "test cases, then code. `judge start --practice` shows patterns, targets and hints instead.", ""]
    if drill.blind:
        lines += ["This session is blind: failing inputs of hidden tests stay hidden until `judge end`.", ""]
    lines += ["Submissions after the deadline are still judged, but marked late and not counted as solved in time.", ""]
    return "\n".join(lines)


def write_workspace(directory: Path, problems: list, drill: Drill) -> list[WorkspaceFile]:
    """Write the workspace into ``directory`` (new or empty) and return the files per problem."""
    check_directory(directory)
    # Render everything before writing anything, so a broken pack leaves no half-written workspace.
    files = [WorkspaceFile(p.slug, directory / f"{module_name(p.slug)}{load_runtime(p.runtime).suffix}",
                           directory / f"{module_name(p.slug)}.md", directory / f"{module_name(p.slug)}_cases.py")
             for p in problems]
    contents = []
    for problem, f in zip(problems, files):
        contents += [(f.solution, starter_text(problem)), (f.statement, statement_text(problem, drill.practice)),
                     (f.cases, cases_text(problem))]
    contents.append((directory / "README.md", readme_text(problems, files, drill)))
    directory.mkdir(parents=True, exist_ok=True)
    for path, text in contents:
        path.write_text(text, encoding="utf-8")
    return files


def remove_workspace(directory: Path, files: list[WorkspaceFile]) -> None:
    """Undo write_workspace (when the session could not be recorded after all)."""
    for f in files:
        f.solution.unlink(missing_ok=True)
        f.statement.unlink(missing_ok=True)
        f.cases.unlink(missing_ok=True)
    (directory / "README.md").unlink(missing_ok=True)
    try:
        directory.rmdir()
    except OSError:
        pass
