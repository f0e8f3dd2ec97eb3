"""The `judge` command: parse, call, print.

Exit codes (judge/errors.py documents each): 0 accepted / success, 1 judged and
not accepted (or a pack failed validation), 2 usage error, 3 environment error,
4 an internal error of the judge itself, 5 damaged data; 130, 143 and 129 when
Ctrl-C, SIGTERM or SIGHUP stopped it.  Heavy modules (docker, hypothesis, numpy)
are imported only inside the commands that need them.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from judge.errors import EXIT_NOT_ACCEPTED, EXIT_OK, JudgeError
from judge.tables import table

EXIT_INTERNAL = 4


def emit_json(data) -> None:
    click.echo(json.dumps(data, indent=2, default=str))


def on_store(action):
    """``action(conn)`` on the user's database, closed afterwards, whatever happens."""
    from judge.store.db import connect

    conn = connect()
    try:
        return action(conn)
    finally:
        conn.close()


def emit(data, as_json: bool, render) -> None:
    """What a reading command prints: ``data`` as JSON, or as ``render(data)`` text."""
    if as_json:
        emit_json(data)
    else:
        click.echo(render(data))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="drill-judge")
@click.pass_context
def cli(ctx):
    """drill-judge: timed coding drills, judged in a hardened Docker sandbox."""
    # Every command: close a session whose deadline passed, or warn at 15, 5 and 1 minutes left (stderr).
    from judge.sessions.guard import before_command

    for line in before_command(ctx.invoked_subcommand):
        click.echo(line, err=True)


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
            "aliases": list(problem.entry.aliases), "target": problem.complexity, "variant_of": problem.variant_of,
            "runtime": problem.runtime}


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
    """Show a problem: statement, signature, examples, target complexity.

    Inside an interview-mode session it shows what the workspace shows: no pattern, pack, target or hint."""
    from judge.packs.loader import find_problem
    from judge.packs.model import show as show_value
    from judge.packs.statement import limit_line, statement_text
    from judge.sessions.lifecycle import interview_open

    problem = find_problem(slug)
    examples = [{"input": problem.format_args(c.args), "output": show_value(problem.expected_answer(c.args)),
                 "explanation": c.explanation} for c in problem.examples]
    interview = interview_open()
    if as_json:
        shown = {"slug": problem.slug, "title": problem.title, "difficulty": problem.difficulty,
                 "entry": problem.entry.name, "aliases": list(problem.entry.aliases), "runtime": problem.runtime,
                 "interview": True} if interview else {**problem_summary(problem), "hints": len(problem.hints)}
        emit_json({**shown, "signature": problem.entry.signature, "statement": problem.statement,
                   "examples": examples, "limits": vars(problem.limits)})
        return
    if interview:
        click.echo(statement_text(problem, limit_line(problem)))
        return
    meta = [problem.difficulty, ", ".join(problem.patterns), f"target time {problem.complexity['time']}",
            f"space {problem.complexity['space']}", f"limit {problem.limits.time_s:g} s per test"]
    if problem.leetcode:
        meta.append(f"LeetCode {problem.leetcode}")
    if problem.variant_of:
        meta.append(f"a variant of LeetCode {problem.variant_of}")
    if problem.hints:
        meta.append(f"{len(problem.hints)} hints: `judge hint {problem.slug}`")
    click.echo(statement_text(problem, " | ".join(meta)))


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


def _import_in_background(module: str) -> None:
    """Start importing ``module`` in a thread; a later ``import`` of it waits for that one to finish."""
    import importlib
    import threading

    threading.Thread(target=importlib.import_module, args=(module,), daemon=True).start()


@cli.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--problem", "slug", help="Problem slug (inferred from the file when omitted).")
@click.option("--claim", help='Your time complexity, as in an interview: "O(n log n)". The report checks it.')
@click.option("--space-claim", help='Your auxiliary space complexity: "O(1)".')
@click.option("--no-complexity", is_flag=True,
              help="Skip the complexity report (about 5 s) after an accept or a time limit.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def submit(file, slug, claim, space_claim, no_complexity, as_json):
    """Judge FILE on the hidden tests and property tests, and record it (against the open session, if any).

    An accepted submission, and one that passed every case before a time limit, also
    gets a complexity report: its measured time and space classes against the problem's
    target (and against --claim).  The verdict is shown and recorded first; Ctrl-C while
    the report is measured skips the report only.
    """
    _import_in_background("docker")  # a fifth of the floor; overlaps the session and problem lookups
    from judge.complexity import ComplexityOptions
    from judge.complexity.text import report_lines
    from judge.errors import UsageError
    from judge.render import Progress, report_text
    from judge.sessions.blind import withhold_json, withhold_report
    from judge.sessions.submit import session_line
    from judge.sessions.submit import submit as submit_in_session

    if no_complexity and (claim or space_claim):
        raise UsageError("--no-complexity skips the report that checks --claim", "drop one of them")
    options = None if no_complexity else ComplexityOptions(claim_time=claim, claim_space=space_claim)
    progress = Progress(enabled=None if not as_json else False)

    def show_verdict(result):
        """The verdict, recorded already, is shown before the complexity report is measured."""
        progress.clear()
        if as_json:
            return
        report = result.judged.report
        click.echo(report_text(withhold_report(report) if result.blind else report))
        line = session_line(result)
        if line:
            click.echo(line)
        sys.stdout.flush()

    result = submit_in_session(file, slug, progress=progress, complexity=options, on_verdict=show_verdict)
    progress.clear()
    judged = result.judged
    if as_json:
        data = {**judged.report.to_json(), "submission_id": judged.submission_id, **result.extra_json()}
        emit_json(withhold_json(data) if result.blind else data)
    else:
        for line in report_lines(judged.report.complexity, color=sys.stdout.isatty()):
            click.echo(line)
    sys.exit(EXIT_OK if judged.report.accepted else EXIT_NOT_ACCEPTED)


# -- sessions and statistics -----------------------------------------------
@cli.command()
@click.option("--pattern", "patterns", multiple=True, help="Pick problems that drill this pattern (repeatable).")
@click.option("--pack", help="Pick problems from this pack.")
@click.option("--problem", "named", multiple=True, help="Drill this problem, even if solved recently (repeatable).")
@click.option("--count", type=click.IntRange(1, 10), help="How many problems (default 2, or the number named).")
@click.option("--difficulty", type=click.Choice(["easy", "medium", "hard"]), help="Default: medium.")
@click.option("--minutes", type=click.IntRange(1, 24 * 60), default=60, show_default=True, help="The time limit.")
@click.option("--adaptive", is_flag=True, help="Pick the patterns that are due for review and weakest.")
@click.option("--blind", is_flag=True, help="Withhold failing inputs of hidden tests until `judge end`.")
@click.option("--practice", is_flag=True,
              help="Show each problem's pattern, target complexity and hints (default: interview mode hides them).")
@click.option("--dir", "directory", type=click.Path(file_okay=False, path_type=Path),
              help="Where to write the workspace (default: ./drill-YYYYMMDD-HHMMSS).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def start(patterns, pack, named, count, difficulty, minutes, adaptive, blind, practice, directory, as_json):
    """Start a timed session: pick problems, write a workspace, start the clock."""
    from judge.sessions.lifecycle import StartRequest
    from judge.sessions.lifecycle import start as start_session
    from judge.sessions.render import start_text

    request = StartRequest(named=named, patterns=patterns, pack=pack, count=count, difficulty=difficulty,
                           minutes=minutes, adaptive=adaptive, blind=blind, practice=practice, directory=directory)
    emit(on_store(lambda conn: start_session(conn, request).to_json()), as_json, start_text)


@cli.command()
@click.argument("target", required=False, metavar="[FILE|SLUG]")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def hint(target, as_json):
    """Show the next hint of a problem (in a session: counted in its review)."""
    from judge import clock
    from judge.sessions.hints import next_hint
    from judge.sessions.render import hint_text

    emit(on_store(lambda conn: next_hint(conn, target, clock.now()).to_json()), as_json, hint_text)


@cli.command()
@click.argument("target", required=False, metavar="[FILE|SLUG]")
@click.option("--pattern", "patterns", multiple=True, required=True, help="The pattern you recognise (repeatable).")
@click.option("--time", "time_claim", required=True, help='The time complexity you aim for: "O(n log n)".')
@click.option("--space", "space_claim", required=True, help='The auxiliary space you aim for: "O(1)".')
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def plan(target, patterns, time_claim, space_claim, as_json):
    """State your plan before coding: the pattern(s) and the target complexity (scored at the first accept)."""
    from judge import clock
    from judge.sessions.plans import make_plan
    from judge.sessions.render import plan_text

    emit(on_store(lambda conn: make_plan(conn, target, patterns, time_claim, space_claim, clock.now())), as_json,
         plan_text)


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--problem", "slug", help="The problem, when the file does not name it.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def cases(file, slug, as_json):
    """Check your own test cases: wrong expectations, and how many known bugs they catch."""
    from judge import clock
    from judge.sessions.cases import check_cases_file
    from judge.sessions.render import cases_text

    emit(on_store(lambda conn: check_cases_file(conn, file, slug, clock.now())), as_json, cases_text)


@cli.command()
@click.option("--watch", is_flag=True, help="A live countdown, redrawn every second until the deadline.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def status(watch, as_json):
    """The time left and where each problem of the session stands."""
    from judge import clock
    from judge.sessions.lifecycle import NO_SESSION
    from judge.sessions.lifecycle import status as session_status
    from judge.sessions.render import status_text
    from judge.store.db import connect, database_path

    if not database_path().exists():  # a fresh install: say so without creating anything
        data = {"active": False, "session_id": None, "deadline": None, "remaining_s": None, "problems": [],
                "message": NO_SESSION, "last_session": None}
        if as_json:
            emit_json(data)
        else:
            click.echo(data["message"])
        return
    conn = connect()
    try:
        if watch and not as_json:
            from judge.sessions.watch import watch as watch_status

            try:
                watch_status(lambda: session_status(conn, clock.now()), lambda text: (sys.stdout.write(text),
                             sys.stdout.flush()), tty=sys.stdout.isatty())
            except KeyboardInterrupt:
                click.echo()
            return
        data = session_status(conn, clock.now())
    finally:
        conn.close()
    if as_json:
        emit_json(data)
    else:
        click.echo(status_text(data))


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def end(as_json):
    """Close the session and print its summary (revealing what a blind session withheld)."""
    from judge import clock
    from judge.sessions.lifecycle import end as end_session
    from judge.sessions.render import summary_text

    emit(on_store(lambda conn: end_session(conn, clock.now())), as_json, summary_text)


@cli.command()
@click.option("--limit", type=click.IntRange(1), default=20, show_default=True, help="How many sessions, newest first.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def history(limit, as_json):
    """Past sessions and their submissions."""
    from judge.sessions.lifecycle import history as session_history
    from judge.sessions.render import history_text
    from judge.store.db import database_path

    sessions = on_store(lambda conn: session_history(conn, limit)) if database_path().exists() else []
    emit({"sessions": sessions}, as_json, lambda data: history_text(data["sessions"]))


@cli.command()
@click.option("--pattern", help="Only this pattern's row (ranks stay over all patterns).")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), help="Only submissions from this UTC date on.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def stats(pattern, since, as_json):
    """Per-pattern statistics, weakness ranks, review dates, and the pattern to drill next."""
    from judge import clock
    from judge.stats.report import NOTHING_YET, stats_json, stats_text
    from judge.store.db import database_path

    since_iso = None if since is None else since.strftime("%Y-%m-%dT00:00:00+00:00")
    if not database_path().exists():  # a fresh install: say so without creating anything
        data = {"generated_at": clock.iso(clock.now()), "since": since_iso, "patterns": [], "recommendation": None,
                "message": NOTHING_YET}
    else:
        data = on_store(lambda conn: stats_json(conn, clock.now(), pattern=pattern, since=since_iso))
    emit(data, as_json, stats_text)


# -- packs -----------------------------------------------------------------
@cli.group()
def pack():
    """Work on problem packs."""


@pack.command("validate")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--static", "static_only", is_flag=True, help="Only load and check the data; run nothing.")
@click.option("--mutants", is_flag=True, help="Also require the tests to reject 95% of the reference's mutants.")
@click.option("--summary", type=click.Path(path_type=Path), help="With --mutants: write the Markdown summary here.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def pack_validate(path, static_only, mutants, summary, as_json):
    """Validate the pack or problem at PATH: every tagged submission must get its tag."""
    import tempfile
    from dataclasses import asdict

    from judge.safe_text import visible
    from judge.validation import ValidateRequest, mutation_markdown, validate

    client = database = cache = None
    if not static_only:
        from judge.judging import cases_cache_dir, hypothesis_dir
        from judge.sandbox.engine import connect

        client = connect()
        # Counterexamples that mutants provoke stay out of the user's example database.
        database = Path(tempfile.mkdtemp(prefix="drill-judge-validate-")) if mutants else hypothesis_dir()
        cache = cases_cache_dir()

    def progress(slug, what):
        if not as_json:
            click.echo(f"  {slug}: {what} ...", err=True)

    checks = validate(ValidateRequest(path, client, database, run=not static_only, mutants=mutants, cache_dir=cache,
                                      progress=progress))
    ok = all(c.ok for c in checks)
    if summary and mutants:
        summary.write_text(mutation_markdown([c.mutation for c in checks if c.mutation is not None]))
    if as_json:
        emit_json({"ok": ok, "problems": [
            {**asdict(c), "ok": c.ok, "submissions": [{**asdict(s), "ok": s.ok} for s in c.submissions],
             "mutation": c.mutation and {**asdict(c.mutation), "score": c.mutation.score, "ok": c.mutation.ok}}
            for c in checks]})
    else:
        for check in checks:
            click.echo(f"{'OK  ' if check.ok else 'FAIL'} {check.slug}")
            for error in check.errors:
                click.echo(f"     error: {visible(error)}")
            for warning in check.warnings:
                click.echo(f"     warning: {visible(warning)}")
            for sub in check.submissions:
                mark = "ok" if sub.ok else "MISMATCH"
                click.echo(f"     {mark:<8} {sub.path}: expected {sub.expected}, got {visible(sub.got)} "
                           f"({sub.elapsed_s:.2f} s, slowest call {sub.max_case_s:.3f} s)")
                if sub.failing_case:
                    click.echo(f"              {visible(sub.failing_case)}")
            if check.calibration:
                c = check.calibration
                parts = [f"limit {c['time_limit_s']:g} s"]
                if "slowest_accepted_call_s" in c:
                    parts.append(f"slowest accepted call {c['slowest_accepted_call_s']:.3f} s (margin {c['margin']}x)")
                if "fastest_time_limit_call_s" in c:
                    parts.append(f"fastest time_limit run stopped at {c['fastest_time_limit_call_s']:.3f} s")
                click.echo(f"     calibration: {', '.join(parts)}")
            if check.mutation:
                m = check.mutation
                click.echo(f"     mutants: {m.killed}/{m.counted} rejected ({100 * m.score:.1f}%), "
                           f"{len(m.equivalent)} marked equivalent")
                for survivor in m.survivors:
                    click.echo(f"       survived {survivor['id']}: {survivor['description']}")
                for stale in m.stale_equivalent:
                    click.echo(f"       warning: [mutants] equivalent lists {stale}, which is no longer generated")
    sys.exit(EXIT_OK if ok else EXIT_NOT_ACCEPTED)


# -- sandbox ---------------------------------------------------------------
@cli.group()
def sandbox():
    """Build and check the sandbox image."""


def _runtimes(name: str | None, every: bool, default_all: bool):
    """The runtimes a sandbox command acts on: --runtime NAME, --all, or the default (one or all)."""
    from judge.errors import UsageError
    from judge.sandbox.runtimes import DEFAULT_RUNTIME, load_runtime, runtime_names

    if name and every:
        raise UsageError("--runtime and --all name different sets", "give one of them")
    names = [name] if name else runtime_names() if every or default_all else [DEFAULT_RUNTIME]
    return [load_runtime(n) for n in names]


RUNTIME_HELP = "A runtime under sandboxes/ (python by default)."


@sandbox.command("build")
@click.option("--runtime", "runtime_name", metavar="NAME", help=RUNTIME_HELP)
@click.option("--all", "every", is_flag=True, help="Build every runtime's image.")
@click.option("--force", is_flag=True, help="Rebuild even when the image is up to date.")
def sandbox_build(runtime_name, every, force):
    """Build a runtime's sandbox image (bootstrapping the Debian base when no registry is reachable)."""
    from judge.sandbox.engine import connect
    from judge.sandbox.image import build_image

    client = connect(timeout=600)
    try:
        for runtime in _runtimes(runtime_name, every, default_all=False):
            click.echo(build_image(client, runtime, log=lambda line: click.echo(line, err=True), force=force))
    finally:
        client.close()


@sandbox.command("check")
@click.option("--runtime", "runtime_name", metavar="NAME", help="Check this runtime only (default: all).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def sandbox_check(runtime_name, as_json):
    """Check the engine and each runtime's image, and run its smoke submission."""
    from judge.safe_text import visible
    from judge.sandbox.check import check_sandbox

    status = check_sandbox(_runtimes(runtime_name, False, default_all=True))
    if as_json:
        emit_json(status)
    else:
        for key, value in status.items():
            if key != "runtimes":
                click.echo(f"{key:<16} {visible(str(value))}")
        for runtime in status["runtimes"]:
            versions = ", ".join(f"{k} {v}" for k, v in runtime["versions"].items()) or "-"
            state = "ok" if runtime["ok"] else f"failed: {runtime['error']}"
            click.echo(visible(f"runtime {runtime['runtime']:<8} {runtime['image']}  {versions}  {state}"))
    sys.exit(EXIT_OK if status["ok"] else status.get("exit_code", EXIT_NOT_ACCEPTED))


# -- data ------------------------------------------------------------------
@cli.group()
def data():
    """Check, back up, restore, export and import the judge's data (docs/data.md)."""


@data.command("check")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def data_check(as_json):
    """SQLite's integrity check of the database: one line per problem; exit 5 when it is damaged."""
    from judge.errors import EXIT_DAMAGED
    from judge.store.backup import check_database
    from judge.store.db import damaged_error

    result = check_database()
    if as_json:
        emit_json(result)
    elif not result["exists"]:
        click.echo(f"No database at {result['database']} yet: nothing to check.")
    elif result["ok"]:
        backups = (f"newest backup {result['newest_backup_at']}, {len(result['backups'])} kept"
                   if result["backups"] else "no backups yet (one is made at each `judge end` and daily)")
        click.echo(f"ok: {result['database']} passes SQLite's integrity check ({result['sessions']} sessions, "
                   f"{result['submissions']} submissions); {backups}")
    else:
        for problem in result["problems"]:
            click.echo(f"damaged: {problem}")
        click.echo(f"error: {damaged_error(Path(result['database']), result['problems'][0]).one_line()}", err=True)
    sys.exit(EXIT_OK if result["ok"] else EXIT_DAMAGED)


@data.command("backup")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def data_backup(as_json):
    """Back the database up now (SQLite's online backup; the newest 7 are kept) and print the backup's path."""
    from judge.store.backup import backup_now

    path = backup_now()
    if as_json:
        emit_json({"backup": str(path)})
    else:
        click.echo(str(path))


@data.command("restore")
@click.argument("backup", required=False)
@click.option("--list", "list_only", is_flag=True, help="List the backups, newest first, checked; restore nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def data_restore(backup, list_only, as_json):
    """Put BACKUP (default: the newest sound backup) in the database's place; the current file is kept aside."""
    from judge.errors import UsageError
    from judge.store.backup import backup_list, backups_dir, restore

    if list_only:
        if backup:
            raise UsageError("--list restores nothing, so it takes no BACKUP", "drop one of them")
        infos = backup_list()
        if as_json:
            emit_json({"backups_dir": str(backups_dir()), "backups": [i.to_json() for i in infos]})
        elif not infos:
            click.echo(f"No backups in {backups_dir()} yet: one is made at each `judge end`, daily, "
                       "and by `judge data backup`.")
        else:
            click.echo(table([(i.path.name, i.created_at, i.bytes, "ok" if i.ok else f"DAMAGED: {i.problems[0]}",
                               i.sessions, i.submissions) for i in infos],
                             ["backup", "made (UTC)", "bytes", "check", "sessions", "submissions"]))
        return
    result = restore(backup)
    if as_json:
        emit_json(result.to_json())
        return
    for skipped in result.skipped:
        click.echo(f"skipped {skipped.path.name}: it fails the integrity check ({skipped.problems[0]})")
    click.echo(f"Restored {result.database} from {result.backup} ({result.sessions} sessions, "
               f"{result.submissions} submissions).")
    if result.kept_aside:
        click.echo(f"The {'damaged' if result.previous_damaged else 'previous'} database is kept at "
                   f"{result.kept_aside[0]}.")


@data.command("export")
@click.argument("file", default="-")
def data_export(file):
    """Write every session and submission as JSON lines to FILE (default `-`, standard output)."""
    from judge import clock
    from judge.store.transfer import STDIO, export

    result = export(file, clock.iso(clock.now()))
    if file != STDIO:
        click.echo(f"Exported {result.sessions} sessions and {result.submissions} submissions to {file}.")


@data.command("import")
@click.argument("file")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def data_import(file, as_json):
    """Merge an export (FILE, or `-`) into the database: what is already here is skipped; a bad file changes nothing."""
    from judge.store.transfer import import_file

    result = import_file(file)
    if as_json:
        emit_json(result.to_json())
        return
    click.echo(f"Imported {result.sessions_added} sessions and {result.submissions_added} submissions from "
               f"{result.file} ({result.sessions_present} sessions and {result.submissions_present} submissions "
               "were already here).")
    if result.backup:
        click.echo(f"The database as it was before is backed up at {result.backup} (`judge data restore` "
                   "puts it back).")


class Terminated(BaseException):
    """SIGTERM or SIGHUP arrived: unwind like an interrupt, so every sandbox and staged file is removed."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def _raise_terminated(signum, frame):
    raise Terminated(signum)


def main():
    """The console script: run the command, then end the process at once with its exit code."""
    import signal

    # SIGINT already unwinds (KeyboardInterrupt); a closed terminal (SIGHUP) and `kill` (SIGTERM) do too.
    # SIGKILL cannot be caught: the sandbox ends itself then (judge/sandbox/guard.py).
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, _raise_terminated)
    code = _run()
    # Output is flushed below and every file and connection is closed by the commands themselves; the
    # interpreter's teardown would only free memory (a tenth of a second once the Docker SDK is loaded).
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, OSError):  # the reader went away: nothing more to say
        pass
    os._exit(code)


def _run() -> int:
    """Run the command line; its exit code (see the README's table of exit codes)."""
    try:
        returned = cli.main(standalone_mode=False)  # an int when click itself ended early (--help, usage)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        return 130
    except Terminated as exc:
        import signal

        name = signal.Signals(exc.signum).name
        try:
            click.echo(f"stopped by {name}: the judging under way was abandoned and its sandbox removed", err=True)
        except OSError:  # SIGHUP: the terminal may be gone
            pass
        return 128 + exc.signum
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except JudgeError as exc:
        click.echo(f"error: {exc.one_line()}", err=True)
        return exc.exit_code
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except Exception as exc:  # noqa: BLE001
        from judge.store.db import damaged_error, database_path, is_damage

        if is_damage(exc):  # SQLite found the database damaged in the middle of a command: the way back, in one line
            damaged = damaged_error(database_path(), str(exc))
            click.echo(f"error: {damaged.one_line()}", err=True)
            return damaged.exit_code
        click.echo(f"internal error: {type(exc).__name__}: {exc} (please report this with the command you ran)",
                   err=True)
        return EXIT_INTERNAL
    return returned if isinstance(returned, int) else EXIT_OK


if __name__ == "__main__":
    main()
