"""The `judge` command: parse, call, print.

Exit codes: 0 accepted / success, 1 judged and not accepted (or a pack failed
validation), 2 usage error, 3 environment error (no engine, no image), 4 an
internal error of the judge itself.  Heavy modules (docker, hypothesis, numpy)
are imported only inside the commands that need them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from judge.errors import EXIT_NOT_ACCEPTED, EXIT_OK, JudgeError

EXIT_INTERNAL = 4


def emit_json(data) -> None:
    click.echo(json.dumps(data, indent=2, default=str))


def table(rows, headers) -> str:
    from tabulate import tabulate

    return tabulate(rows, headers=headers, tablefmt="simple")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="drill-judge")
def cli():
    """drill-judge: timed coding drills, judged in a hardened Docker sandbox."""


# -- problems --------------------------------------------------------------
@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def packs(as_json):
    """List the problem packs."""
    from judge.packs.loader import load_packs

    loaded = load_packs()
    if as_json:
        emit_json({"packs": [{"name": p.name, "title": p.title, "problems": [q.slug for q in p.problems]}
                             for p in loaded]})
        return
    click.echo(table([(p.name, p.title, len(p.problems)) for p in loaded], ["pack", "title", "problems"]))


def problem_summary(problem) -> dict:
    return {"slug": problem.slug, "title": problem.title, "pack": problem.pack, "patterns": list(problem.patterns),
            "difficulty": problem.difficulty, "leetcode": problem.leetcode, "entry": problem.entry.name,
            "aliases": list(problem.entry.aliases), "target": problem.complexity}


@cli.command()
@click.option("--pattern", help="Only problems that drill this pattern.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def problems(pattern, as_json):
    """List the problems."""
    from judge.packs.loader import all_problems

    chosen = [p for p in all_problems() if pattern is None or pattern in p.patterns]
    if as_json:
        emit_json({"problems": [problem_summary(p) for p in chosen]})
        return
    if not chosen:
        click.echo(f"No problems for pattern {pattern!r}; `judge packs` lists the patterns.")
        return
    rows = [(p.slug, ", ".join(p.patterns), p.difficulty, p.leetcode or "", p.entry.name, p.complexity["time"])
            for p in chosen]
    click.echo(table(rows, ["slug", "patterns", "difficulty", "leetcode", "entry", "target"]))


@cli.command()
@click.argument("slug")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def show(slug, as_json):
    """Show a problem: statement, signature, examples, target complexity."""
    from judge.packs.loader import find_problem
    from judge.packs.model import show as show_value

    problem = find_problem(slug)
    examples = [{"input": problem.format_args(c.args), "output": show_value(problem.expected_answer(c.args)),
                 "explanation": c.explanation} for c in problem.examples]
    if as_json:
        emit_json({**problem_summary(problem), "signature": problem.entry.signature, "statement": problem.statement,
                   "examples": examples, "limits": vars(problem.limits)})
        return
    click.echo(problem.statement.rstrip())
    click.echo(f"\n## Signature\n\n    {problem.entry.signature}")
    if problem.entry.aliases:
        click.echo(f"    (or `class Solution` with method {', '.join(problem.entry.aliases)})")
    click.echo("\n## Examples")
    for i, example in enumerate(examples, 1):
        click.echo(f"\n{i}. Input:  {example['input']}\n   Output: {example['output']}")
        if example["explanation"]:
            click.echo(f"   {example['explanation']}")
    meta = [problem.difficulty, ", ".join(problem.patterns), f"target time {problem.complexity['time']}",
            f"space {problem.complexity['space']}", f"limit {problem.limits.time_s:g} s per test"]
    if problem.leetcode:
        meta.append(f"LeetCode {problem.leetcode}")
    click.echo("\n" + " | ".join(meta))


# -- judging ---------------------------------------------------------------
def _print_report(judged, as_json: bool, extra: dict | None = None) -> None:
    from judge.render import report_text

    if as_json:
        emit_json({**judged.report.to_json(), "submission_id": judged.submission_id, **(extra or {})})
    else:
        click.echo(report_text(judged.report))


@cli.command("test")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--problem", "slug", help="Problem slug (inferred from the file when omitted).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def test_cmd(file, slug, as_json):
    """Run FILE on the visible examples only (recorded nowhere)."""
    from judge.judging import test_file
    from judge.render import Progress

    progress = Progress(enabled=None if not as_json else False)
    judged = test_file(file, slug, progress=progress)
    progress.clear()
    _print_report(judged, as_json)
    sys.exit(EXIT_OK if judged.report.accepted else EXIT_NOT_ACCEPTED)


@cli.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--problem", "slug", help="Problem slug (inferred from the file when omitted).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def submit(file, slug, as_json):
    """Judge FILE on the hidden tests and property tests, and record it."""
    from judge.judging import submit_file
    from judge.render import Progress

    progress = Progress(enabled=None if not as_json else False)
    judged = submit_file(file, slug, progress=progress)
    progress.clear()
    _print_report(judged, as_json)
    sys.exit(EXIT_OK if judged.report.accepted else EXIT_NOT_ACCEPTED)


# -- packs -----------------------------------------------------------------
@cli.group()
def pack():
    """Work on problem packs."""


@pack.command("validate")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--static", "static_only", is_flag=True, help="Only load and check the data; run nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def pack_validate(path, static_only, as_json):
    """Validate the pack or problem at PATH: every tagged submission must get its tag."""
    from dataclasses import asdict

    from judge.packs.validate import validate

    client = image = database = None
    if not static_only:
        from judge.judging import hypothesis_dir, sandbox_client

        client, image = sandbox_client()
        database = hypothesis_dir()

    def progress(slug, sub_path):
        if not as_json:
            click.echo(f"  {slug}: {sub_path.parent.name}/{sub_path.name} ...", err=True)

    checks = validate(path, client, image, database, run=not static_only, progress=progress)
    ok = all(c.ok for c in checks)
    if as_json:
        emit_json({"ok": ok, "problems": [
            {**asdict(c), "ok": c.ok, "submissions": [{**asdict(s), "ok": s.ok} for s in c.submissions]}
            for c in checks]})
    else:
        for check in checks:
            click.echo(f"{'OK  ' if check.ok else 'FAIL'} {check.slug}")
            for error in check.errors:
                click.echo(f"     error: {error}")
            for warning in check.warnings:
                click.echo(f"     warning: {warning}")
            for sub in check.submissions:
                mark = "ok" if sub.ok else "MISMATCH"
                click.echo(f"     {mark:<8} {sub.path}: expected {sub.expected}, got {sub.got} "
                           f"({sub.elapsed_s:.2f} s, slowest call {sub.max_case_s:.3f} s)")
            if check.calibration:
                c = check.calibration
                click.echo(f"     calibration: limit {c['time_limit_s']:g} s, slowest accepted call "
                           f"{c['slowest_accepted_call_s']:.3f} s (margin {c['margin']}x)")
    sys.exit(EXIT_OK if ok else EXIT_NOT_ACCEPTED)


# -- sandbox ---------------------------------------------------------------
@cli.group()
def sandbox():
    """Build and check the sandbox image."""


@sandbox.command("build")
@click.option("--force", is_flag=True, help="Rebuild even when the image is up to date.")
def sandbox_build(force):
    """Build the sandbox image (bootstrapping the Debian base when no registry is reachable)."""
    from judge.sandbox.engine import connect
    from judge.sandbox.image import build_image

    tag = build_image(connect(timeout=600), log=lambda line: click.echo(line, err=True), force=force)
    click.echo(tag)


@sandbox.command("check")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def sandbox_check(as_json):
    """Check the engine and the image, and run a smoke submission."""
    from judge.sandbox.check import check_sandbox

    status = check_sandbox()
    if as_json:
        emit_json(status)
    else:
        for key, value in status.items():
            click.echo(f"{key:<16} {value}")
    sys.exit(EXIT_OK if status["ok"] else status.get("exit_code", EXIT_NOT_ACCEPTED))


def main():
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except JudgeError as exc:
        click.echo(f"error: {exc.one_line()}", err=True)
        sys.exit(exc.exit_code)
    except SystemExit:
        raise
    except Exception as exc:  # noqa: BLE001
        click.echo(f"internal error: {type(exc).__name__}: {exc} (please report this with the command you ran)",
                   err=True)
        sys.exit(EXIT_INTERNAL)


if __name__ == "__main__":
    main()
