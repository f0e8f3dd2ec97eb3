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


# The commands that talk to the service when JUDGE_SERVER and JUDGE_TOKEN (or `judge login`) name one.
REMOTE_COMMANDS = {"submit", "test", "problems", "show", "status", "end", "history", "group", "start", "stats",
                   "report", "hint", "plan", "edit", "watch"}
# `judge cases` runs the member's own cases in this machine's sandbox for the local store's session, and does
# not work over the service yet: refused there (exit 2) rather than run against a store the service never sees.
LOCAL_ONLY_COMMANDS = {"cases"}


def remote():
    """The service's client when one is configured (judge/service/client.py), else None: work locally."""
    from judge.service.client import Client, configured_server

    server = configured_server()
    return None if server is None else Client(server)


def emit(data, as_json: bool, render) -> None:
    """What a reading command prints: ``data`` as JSON, or as ``render(data)`` text."""
    if as_json:
        emit_json(data)
    else:
        click.echo(render(data))


COLOR_HELP = "Colour: auto (on a terminal only), always, never. NO_COLOR=1 means never."


def _use_colour(ctx: click.Context, flag: str | None) -> None:
    """Decide the colour once (--color, then the config file, then NO_COLOR): judge.style paints only when
    it is on, and click.echo strips every escape sequence when it is off."""
    from judge.config import read_config
    from judge.style import ColourChoice, colour_mode, colour_on, set_colour

    configured = None
    if flag is None:
        table = read_config()
        if "color" in table:
            from judge.config import config_path

            configured = ColourChoice(str(table["color"]), f"config file {config_path()}")
    choice = colour_mode(flag, configured)
    on = colour_on(choice.mode)
    set_colour(on)
    root = ctx.find_root()
    root.meta["colour"] = choice
    for context in {ctx, root}:
        context.color = on


def _colour_option_callback(ctx: click.Context, param, value):
    if value is not None:
        _use_colour(ctx, value)
    return value


def _colour_option() -> click.Option:
    """``--color`` on every command too, so it may follow the command's name (`judge test f.py --color never`)."""
    return click.Option(["--color"], type=click.Choice(["auto", "always", "never"]), expose_value=False,
                        callback=_colour_option_callback, help=COLOR_HELP)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="drill-judge")
@click.option("--color", "color", type=click.Choice(["auto", "always", "never"]), help=COLOR_HELP)
@click.pass_context
def cli(ctx, color):
    """drill-judge: timed coding drills, judged in a hardened Docker sandbox."""
    _use_colour(ctx, color)
    # Every command: close a session whose deadline passed, or warn at 15, 5 and 1 minutes left (stderr).
    from judge.service.client import configured_server
    from judge.sessions.guard import before_command

    if configured_server() is not None:
        if ctx.invoked_subcommand in LOCAL_ONLY_COMMANDS:
            from judge.errors import UsageError

            raise UsageError(f"`judge {ctx.invoked_subcommand}` works on the local store only, not over the judge "
                             "service", "unset JUDGE_SERVER and JUDGE_TOKEN (and remove a `judge login`) to use it")
        if ctx.invoked_subcommand in REMOTE_COMMANDS:  # the session, if any, is the service's
            lines = remote().request("POST", "/v1/guard", json={"command": ctx.invoked_subcommand})["lines"]
            for line in lines:
                click.echo(line, err=True)
            return
    for line in before_command(ctx.invoked_subcommand):
        click.echo(line, err=True)


def _complete_slugs(ctx, param, incomplete: str) -> list:
    from judge.packs.loader import all_problems

    return [p.slug for p in all_problems() if p.slug.startswith(incomplete)]


def _complete_file_or_slug(ctx, param, incomplete: str) -> list:
    """Solution files (the shell's own file completion) and problem slugs."""
    from click.shell_completion import CompletionItem

    return [*_complete_slugs(ctx, param, incomplete), CompletionItem(incomplete, type="file")]


def _complete_patterns(ctx, param, incomplete: str) -> list:
    from judge.packs.loader import all_problems, known_patterns

    return sorted(p for p in known_patterns(all_problems()) if p.startswith(incomplete))


def _complete_packs(ctx, param, incomplete: str) -> list:
    from judge.packs.loader import load_packs

    return [p.name for p in load_packs() if p.name.startswith(incomplete)]


# -- problems --------------------------------------------------------------
@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def packs(as_json):
    """List the problem packs and where each comes from (built-in, JUDGE_PACKS, the data dir's packs/)."""
    from judge.packs.loader import load_packs

    loaded = load_packs()
    if as_json:
        emit_json({"packs": [{"name": p.name, "title": p.title, "problems": [q.slug for q in p.problems],
                              "patterns": sorted({t for q in p.problems for t in q.patterns}),
                              "source": p.source, "directory": str(p.directory)} for p in loaded]})
        return
    click.echo(table([(p.name, p.title, len(p.problems), p.source, p.directory) for p in loaded],
                     ["pack", "title", "problems", "from", "directory"]))


@cli.command()
@click.option("--pattern", help="Only problems that drill this pattern.", shell_complete=_complete_patterns)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def problems(pattern, as_json):
    """List the problems."""
    client = remote()
    if client is not None:
        view = client.request("GET", "/v1/problems", params={} if pattern is None else {"pattern": pattern})
        emit(view["data"] if as_json else view["text"], as_json, lambda text: text)
        return
    from judge.packs.loader import all_problems
    from judge.packs.views import problems_view

    view = problems_view(all_problems(), pattern)
    emit(view.data if as_json else view.text, as_json, lambda text: text)


@cli.command()
@click.argument("slug", shell_complete=_complete_slugs)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def show(slug, as_json):
    """Show a problem: statement, signature, examples, target complexity.

    Inside an interview-mode session it shows what the workspace shows: no pattern, pack, target or hint."""
    client = remote()
    if client is not None:
        view = client.request("GET", f"/v1/problems/{slug}")
        emit(view["data"] if as_json else view["text"], as_json, lambda text: text)
        return
    from judge.packs.loader import find_problem
    from judge.packs.views import show_view
    from judge.sessions.lifecycle import interview_open

    shown = show_view(find_problem(slug), interview_open())
    emit(shown.data if as_json else shown.text, as_json, lambda text: text)


# -- judging ---------------------------------------------------------------
def _print_report(judged, as_json: bool, extra: dict | None = None) -> None:
    from judge.render import report_text

    if as_json:
        emit_json({**judged.report.to_json(), "submission_id": judged.submission_id, **(extra or {})})
    else:
        click.echo(report_text(judged.report))


@cli.command("test")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--problem", "slug", help="Problem slug (inferred from the file when omitted).",
              shell_complete=_complete_slugs)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def test_cmd(file, slug, as_json):
    """Run FILE on the visible examples only (recorded nowhere)."""
    client = remote()
    if client is not None:
        state = _remote_judge(client, file, {"problem": slug, "mode": "test"})
        report = _remote_report(state)
        if as_json:
            emit_json({**report.to_json(), "submission_id": None})
        else:
            from judge.render import report_text

            click.echo(report_text(report))
        sys.exit(EXIT_OK if report.accepted else EXIT_NOT_ACCEPTED)
    from judge.judging import test_file
    from judge.render import Progress

    progress = Progress(enabled=None if not as_json else False)
    try:
        judged = test_file(file, slug, progress=progress)
    finally:
        progress.close()
    _print_report(judged, as_json)
    sys.exit(EXIT_OK if judged.report.accepted else EXIT_NOT_ACCEPTED)


def _remote_judge(client, file: Path, upload: dict, on_verdict=None, until_state: str = "complete") -> dict:
    """Send FILE to the service and wait for its grading; ``on_verdict(state)`` once the verdict is in."""
    from judge.grading.grader import read_source

    source = read_source(file)
    submission_id = client.submit({**upload, "source": source, "filename": file.name})

    def seen(state: dict) -> None:
        if on_verdict is not None and state["state"] != "pending":
            on_verdict(state)

    return client.wait(submission_id, until_state, on_state=seen)


def _remote_report(state: dict):
    from judge.grading.verdicts import Report

    return Report.from_json(state["report"])


def _remote_submit(client, file: Path, upload: dict, as_json: bool):
    """`judge submit` against the service: the same lines and JSON as locally, then the same exit code."""
    from judge.complexity.text import report_lines
    from judge.sessions.blind import withhold_json
    from judge.style import colour_enabled

    shown: list[int] = []

    def show_verdict(state: dict) -> None:
        if as_json or shown:
            return
        shown.append(state["submission_id"])
        click.echo(_remote_verdict_text(state))
        sys.stdout.flush()

    state = _remote_judge(client, file, upload, on_verdict=show_verdict)
    show_verdict(state)
    report = _remote_report(state)
    if as_json:
        data = {**state["report"], "submission_id": state["submission_id"], "session_id": state["session_id"],
                "late": state["late"], "plan": state["plan"], "hints_used": state["hints_used"]}
        emit_json(withhold_json(data) if state["blind"] else data)
    else:
        for line in report_lines(report.complexity, color=colour_enabled()):
            click.echo(line)
    sys.exit(EXIT_OK if report.accepted else EXIT_NOT_ACCEPTED)


def _remote_verdict_text(state: dict) -> str:
    """A graded submission's report as `judge submit` shows it (withheld in a blind session), and its session line."""
    from judge.render import report_text
    from judge.sessions.blind import withhold_report

    report = _remote_report(state)
    text = report_text(withhold_report(report) if state["blind"] else report)
    return text + (f"\n{state['session_line']}" if state.get("session_line") else "")


def _import_in_background(module: str) -> None:
    """Start importing ``module`` in a thread; a later ``import`` of it waits for that one to finish."""
    import importlib
    import threading

    threading.Thread(target=importlib.import_module, args=(module,), daemon=True).start()


@cli.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--problem", "slug", help="Problem slug (inferred from the file when omitted).",
              shell_complete=_complete_slugs)
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
    from judge.style import colour_enabled

    if no_complexity and (claim or space_claim):
        raise UsageError("--no-complexity skips the report that checks --claim", "drop one of them")
    client = remote()
    if client is not None:
        _remote_submit(client, file, {"problem": slug, "mode": "submit", "complexity": not no_complexity,
                                      "claim_time": claim, "claim_space": space_claim}, as_json)
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

    try:
        result = submit_in_session(file, slug, progress=progress, complexity=options, on_verdict=show_verdict)
    finally:
        progress.close()
    judged = result.judged
    if as_json:
        data = {**judged.report.to_json(), "submission_id": judged.submission_id, **result.extra_json()}
        emit_json(withhold_json(data) if result.blind else data)
    else:
        for line in report_lines(judged.report.complexity, color=colour_enabled()):
            click.echo(line)
    sys.exit(EXIT_OK if judged.report.accepted else EXIT_NOT_ACCEPTED)


# -- sessions and statistics -----------------------------------------------
@cli.command()
@click.option("--pattern", "patterns", multiple=True, help="Pick problems that drill this pattern (repeatable).",
              shell_complete=_complete_patterns)
@click.option("--pack", help="Pick problems from this pack.", shell_complete=_complete_packs)
@click.option("--problem", "named", multiple=True, help="Drill this problem, even if solved recently (repeatable).",
              shell_complete=_complete_slugs)
@click.option("--count", type=click.IntRange(1, 10),
              help="How many problems (default: the config file's count, or the number named, or 2).")
@click.option("--difficulty", type=click.Choice(["easy", "medium", "hard"]),
              help="Default: the config file's difficulty, or medium.")
@click.option("--minutes", type=click.IntRange(1, 24 * 60), help="The time limit (default: the config file's, or 60).")
@click.option("--adaptive", is_flag=True, help="Pick the patterns that are due for review and weakest.")
@click.option("--blind", is_flag=True, help="Withhold failing inputs of hidden tests until `judge end`.")
@click.option("--practice/--interview", "practice", default=None,
              help="Practice shows each problem's pattern, target complexity and hints; interview hides them "
                   "(default: the config file's mode, or interview).")
@click.option("--dir", "directory", type=click.Path(file_okay=False, path_type=Path),
              help="Where to write the workspace (default: ./drill-YYYYMMDD-HHMMSS).")
@click.option("--open", "open_editor", is_flag=True, help="Open the statements and solution files in your editor.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def start(**options):
    """Start a timed session: pick problems, write a workspace, start the clock."""
    from judge.sessions.lifecycle import start as start_session
    from judge.sessions.render import start_text

    request, open_editor, as_json = _start_request(options)
    client = remote()
    if client is not None:
        from judge.service.mirror import start_on_service

        started = start_on_service(client, request)
    else:
        started = on_store(lambda conn: start_session(conn, request).to_json())
    emit(started, as_json, start_text)
    if open_editor:
        from judge.editor import open_in_editor

        open_in_editor([Path(path) for p in started["problems"] for path in (p["statement"], p["file"])])


def _str_or_none(value: object) -> str | None:
    return None if value is None else str(value)


def _int_or(value: object, default: int) -> int:
    return value if isinstance(value, int) else default


def _start_request(options: dict):
    """`judge start`'s options as a StartRequest, the config file's defaults filling what was not given;
    with whether to open the editor and whether to print JSON."""
    from judge.config import read_config
    from judge.sessions.lifecycle import DEFAULT_MINUTES, StartRequest

    defaults = read_config()
    count = options["count"]
    if count is None and not options["named"] and "count" in defaults:  # named problems set the count themselves
        count = defaults["count"]
    practice = options["practice"]
    if practice is None:
        practice = defaults.get("mode") == "practice"
    request = StartRequest(named=options["named"], patterns=options["patterns"], pack=options["pack"], count=count,
                           difficulty=options["difficulty"] or _str_or_none(defaults.get("difficulty")),
                           minutes=options["minutes"] or _int_or(defaults.get("minutes"), DEFAULT_MINUTES),
                           adaptive=options["adaptive"], blind=options["blind"], practice=practice,
                           directory=options["directory"])
    return request, options["open_editor"], options["as_json"]


@cli.command()
@click.argument("target", required=False, metavar="[FILE|SLUG]", shell_complete=_complete_file_or_slug)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def hint(target, as_json):
    """Show the next hint of a problem (in a session: counted in its review)."""
    from judge import clock
    from judge.sessions.hints import next_hint
    from judge.sessions.render import hint_text

    client = remote()
    if client is not None:  # the service runs the same code on the records it holds
        emit(client.request("POST", "/v1/hints", json={"problem": _slug_named(target)}), as_json, hint_text)
        return
    emit(on_store(lambda conn: next_hint(conn, target, clock.now()).to_json()), as_json, hint_text)


def _slug_named(target: str | None) -> str | None:
    """The slug a solution file names (the service cannot read the file), else the target as given."""
    from judge.packs.loader import infer_problem

    return infer_problem(Path(target)).slug if target is not None and Path(target).is_file() else target


@cli.command()
@click.argument("target", required=False, metavar="[FILE|SLUG]", shell_complete=_complete_file_or_slug)
@click.option("--pattern", "patterns", multiple=True, required=True, help="The pattern you recognise (repeatable).",
              shell_complete=_complete_patterns)
@click.option("--time", "time_claim", required=True, help='The time complexity you aim for: "O(n log n)".')
@click.option("--space", "space_claim", required=True, help='The auxiliary space you aim for: "O(1)".')
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def plan(target, patterns, time_claim, space_claim, as_json):
    """State your plan before coding: the pattern(s) and the target complexity (scored at the first accept)."""
    from judge import clock
    from judge.sessions.plans import make_plan
    from judge.sessions.render import plan_text

    client = remote()
    if client is not None:  # the service runs the same code on the records it holds
        emit(client.request("POST", "/v1/plans", json={"problem": _slug_named(target), "patterns": list(patterns),
                                                       "time": time_claim, "space": space_claim}), as_json, plan_text)
        return
    emit(on_store(lambda conn: make_plan(conn, target, patterns, time_claim, space_claim, clock.now())), as_json,
         plan_text)


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--problem", "slug", help="The problem, when the file does not name it.",
              shell_complete=_complete_slugs)
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

    client = remote()
    if client is not None:  # the local code on the records the service holds
        from judge.service.mirror import service_records, watch_reader

        if watch and not as_json:
            from judge.sessions.watch import watch as watch_status

            try:
                watch_status(watch_reader(client, session_status), lambda text: (sys.stdout.write(text),
                             sys.stdout.flush()), tty=sys.stdout.isatty())
            except KeyboardInterrupt:
                click.echo()
            return
        with service_records(client) as (conn, now):
            emit(session_status(conn, now), as_json, status_text)
        return
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

    client = remote()
    if client is not None:  # the service closes it; the local code summarises the records it holds
        from judge.service.mirror import service_records
        from judge.sessions.lifecycle import summary

        closed = client.request("POST", "/v1/end")
        with service_records(client) as (conn, _now):
            emit({**summary(conn, int(closed["session_id"])), "already_closed": bool(closed["already_closed"])},
                 as_json, summary_text)
        return
    emit(on_store(lambda conn: end_session(conn, clock.now())), as_json, summary_text)


@cli.command()
@click.option("--limit", type=click.IntRange(1), default=20, show_default=True, help="How many sessions, newest first.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def history(limit, as_json):
    """Past sessions and their submissions."""
    from judge.sessions.lifecycle import history as session_history
    from judge.sessions.render import history_text
    from judge.store.db import database_path

    client = remote()
    if client is not None:  # the local code on the records the service holds
        from judge.service.mirror import service_records

        with service_records(client) as (conn, _now):
            sessions = session_history(conn, limit)
    else:
        sessions = on_store(lambda conn: session_history(conn, limit)) if database_path().exists() else []
    emit({"sessions": sessions}, as_json, lambda data: history_text(data["sessions"]))


@cli.command()
@click.option("--pattern", help="Only this pattern's row (ranks stay over all patterns).")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), help="Only submissions from this UTC date on.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def stats(pattern, since, as_json):
    """Per-pattern statistics, weakness ranks, review dates, and the pattern to drill next.

    Every pattern of the installed packs is listed, the ones never practised too, with the coverage; on a
    terminal, a practice calendar of the last 26 weeks and a bar per pattern of its weakness follow."""
    from judge import clock
    from judge.packs.loader import catalogue as installed
    from judge.stats.report import stats_json, stats_text
    from judge.store.db import database_path

    since_iso = None if since is None else since.strftime("%Y-%m-%dT00:00:00+00:00")
    catalogue = installed()
    now = clock.now()
    pictures = not as_json and sys.stdout.isatty()

    def read(conn):
        from judge.stats.pictures import daily_submissions

        return (stats_json(conn, now, pattern=pattern, since=since_iso, catalogue=catalogue),
                daily_submissions(conn) if pictures else {})

    client = remote()
    if client is not None:  # the same code on the records the service holds
        from judge.service.mirror import service_records

        with service_records(client) as (conn, now):
            data, days = read(conn)
    elif not database_path().exists():  # a fresh install: say so without creating anything
        data, days = stats_json(None, now, pattern=pattern, since=since_iso, catalogue=catalogue), {}
    else:
        data, days = on_store(read)
    emit(data, as_json, stats_text)
    if pictures:
        from judge.stats.pictures import pictures_text
        from judge.style import colour_enabled

        click.echo(pictures_text(data, days, now, color=colour_enabled()))


@cli.command()
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=Path("judge-report.html"),
              show_default=True, help="The HTML file to write.")
@click.option("--open", "open_it", is_flag=True, help="Then open it in a browser ($BROWSER, else the default).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def report(out, open_it, as_json):
    """Write a progress report: one self-contained HTML file of charts and the last sessions' scorecards.

    Weakness per pattern over time, time to accept against the 30-minute pace, the verdict mix, the practice
    calendar, FSRS recall and due dates, the share accepted at the target complexity; no network needed to view.
    """
    from judge import clock
    from judge.packs.loader import catalogue
    from judge.sessions.report import write_report
    from judge.store.db import database_path

    now, installed = clock.now(), catalogue()
    client = remote()
    if client is not None:  # the same report of the records the service holds
        from judge.service.mirror import service_records

        with service_records(client) as (conn, now):
            written = write_report(conn, now, installed, out)
    elif database_path().exists():
        written = on_store(lambda conn: write_report(conn, now, installed, out))
    else:  # a fresh install: the page says there is nothing yet, and no database is created
        written = write_report(None, now, installed, out)
    if as_json:
        emit_json(written.to_json())
    else:
        click.echo(f"Wrote {written.path} ({len(written.charts)} charts, {written.sessions} scorecard(s)).")
    if open_it:
        import webbrowser  # honours $BROWSER

        if not webbrowser.open(written.path.as_uri()):
            click.echo(f"warning: no browser could be started; open {written.path} yourself", err=True)


# -- the terminal: watch, edit, completion, config ---------------------------
@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--problem", "slug", help="Problem slug (inferred from the file when omitted).",
              shell_complete=_complete_slugs)
@click.option("--submit", "resubmit", is_flag=True,
              help="Submit (judged on the hidden tests and recorded) on each save instead of testing.")
def watch(file, slug, resubmit):
    """Run `judge test FILE` now and again each time FILE is saved (Ctrl-C stops).

    The screen is cleared between runs on a terminal (not with NO_COLOR or --color never, which keep the
    output free of escape sequences: a rule separates the runs then).  --submit re-submits instead, each
    save a recorded submission, without the complexity report."""
    from judge import clock
    from judge.clock import local_text
    from judge.file_watch import SaveWatch
    from judge.judging import resolve_problem
    from judge.style import colour_enabled, secondary

    slug = resolve_problem(file, slug).slug  # a file no problem claims fails now, not at each save
    run = 0

    def once():
        nonlocal run
        run += 1
        if colour_enabled() and sys.stdout.isatty():
            click.clear()
        elif run > 1:
            click.echo("\n" + "-" * 40)
        what = "submit" if resubmit else "test"
        click.echo(secondary(f"judge watch: {what} {file} ({slug}), run {run} at {local_text(clock.now())}; "
                             "Ctrl-C stops"))
        sys.stdout.flush()
        try:
            click.echo(_submission_text(file, slug) if resubmit else _test_text(file, slug))
        except JudgeError as exc:
            click.echo(f"error: {exc.one_line()}")
        click.echo(secondary(f"Watching {file} for saves."))
        sys.stdout.flush()

    watching = SaveWatch(file)  # in place before the first run: no save is missed
    try:
        once()
        while True:
            watching.next_save()
            once()
    except KeyboardInterrupt:
        click.echo("\nStopped watching.")
    finally:
        watching.close()


def _test_text(file: Path, slug: str) -> str:
    from judge.judging import test_file
    from judge.render import Progress, report_text

    client = remote()
    if client is not None:  # a worker of the service runs it
        return report_text(_remote_report(_remote_judge(client, file, {"problem": slug, "mode": "test"})))
    progress = Progress()
    try:
        judged = test_file(file, slug, progress=progress)
    finally:
        progress.close()
    return report_text(judged.report)


def _submission_text(file: Path, slug: str) -> str:
    from judge.render import Progress, report_text
    from judge.sessions.blind import withhold_report
    from judge.sessions.submit import session_line
    from judge.sessions.submit import submit as submit_in_session

    client = remote()
    if client is not None:  # graded by the service, recorded in its session
        return _remote_verdict_text(_remote_judge(client, file, {"problem": slug, "mode": "submit",
                                                                 "complexity": False}))
    progress = Progress()
    try:
        result = submit_in_session(file, slug, progress=progress, complexity=None)
    finally:
        progress.close()
    report = result.judged.report
    line = session_line(result)
    return report_text(withhold_report(report) if result.blind else report) + (f"\n{line}" if line else "")


@cli.command()
@click.argument("target", metavar="FILE|SLUG", shell_complete=_complete_file_or_slug)
def edit(target):
    """Open a solution file in your editor ($VISUAL, $EDITOR, or the config file's editor).

    A slug opens that problem's file in the open session, else ./<slug>.py (written from the starter when
    it does not exist yet)."""
    from judge.editor import editor_command, open_in_editor
    from judge.sessions.target import file_to_edit
    from judge.store.db import database_path
    from judge.style import secondary

    editor_command()  # no editor: say so before writing a starter file
    client = remote()
    if client is not None:  # the open session is the service's: the same choice on the records it holds
        from judge.service.mirror import service_records

        with service_records(client) as (conn, _now):
            chosen = file_to_edit(conn, target, Path.cwd())
    else:
        chosen = (on_store(lambda conn: file_to_edit(conn, target, Path.cwd())) if database_path().exists()
                  else file_to_edit(None, target, Path.cwd()))
    if chosen.created:
        click.echo(secondary(f"wrote {chosen.path} from the problem's starter"), err=True)
    open_in_editor([chosen.path])


@cli.command()
@click.argument("shell", type=click.Choice(["bash", "zsh", "fish"]))
def completion(shell):
    """Print the shell completion script for SHELL (commands, options, problem slugs, patterns, packs).

    \b
    bash:  eval "$(judge completion bash)"         (in ~/.bashrc)
    zsh:   eval "$(judge completion zsh)"          (in ~/.zshrc)
    fish:  judge completion fish > ~/.config/fish/completions/judge.fish"""
    from click.shell_completion import get_completion_class

    completer = get_completion_class(shell)
    assert completer is not None  # bash, zsh and fish are click's own
    click.echo(completer(cli, {}, PROG_NAME, COMPLETE_VAR).source())


@cli.command("config")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_context
def config_cmd(ctx, as_json):
    """The settings in force (minutes, count, difficulty, mode, editor, color) and where each came from."""
    from judge.config import Setting, config_path, effective

    choice = ctx.find_root().meta.get("colour")
    colour = Setting("color", choice.mode, choice.source) if choice is not None else None
    settings = effective(colour)
    path = config_path()
    data = {"config_file": str(path), "exists": path.is_file(), "settings": [s.to_json() for s in settings]}
    if as_json:
        emit_json(data)
        return
    click.echo(table([(s.name, "-" if s.value is None else s.value, s.source) for s in settings],
                     ["setting", "value", "from"]))
    click.echo(f"config file: {path}" + ("" if data["exists"] else " (none yet; JUDGE_CONFIG names another)"))


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


# -- the cohort service (docs/service.md) -------------------------------------
DB_HELP = "The service's PostgreSQL database: postgresql://USER:PASSWORD@HOST/DATABASE."
BROKER_HELP = "The Celery broker: redis://HOST:6379/0."


@cli.group()
def server():
    """Set up the cohort service's database."""


@server.command("init")
@click.option("--db", "db_url", required=True, help=DB_HELP)
def server_init(db_url):
    """Create the service's tables, or migrate them to the current schema."""
    from judge.service.database import migrate

    before, now = migrate(db_url)
    click.echo(f"schema version {now}" + ("" if before == now else f" (was {before})"))


@cli.command()
@click.option("--db", "db_url", required=True, help=DB_HELP)
@click.option("--broker", "broker_url", required=True, help=BROKER_HELP)
@click.option("--host", default="127.0.0.1", show_default=True,
              help="The address to listen on; TLS belongs to a reverse proxy in front (docs/service.md).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--sweep-after", type=click.FloatRange(1), default=600, show_default=True,
              help="Seconds after which a submission without a complete grading is sent to the workers again.")
def serve(db_url, broker_url, host, port, sweep_after):
    """The HTTP API: stores submissions and queues them for the workers (it runs none itself)."""
    from judge.service.api import ServiceConfig
    from judge.service.api import serve as run_api

    run_api(ServiceConfig(db_url, broker_url, sweep_after_s=sweep_after), host, port)


@cli.command()
@click.option("--db", "db_url", required=True, help=DB_HELP)
@click.option("--broker", "broker_url", required=True, help=BROKER_HELP)
@click.option("--concurrency", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Submissions graded at once on this Docker host.")
def worker(db_url, broker_url, concurrency):
    """A Celery worker that grades queued submissions in this host's sandboxes (one per Docker host)."""
    from judge.service.database import require_schema
    from judge.service.queue import run_worker

    require_schema(db_url)
    run_worker(broker_url, db_url, concurrency)


@cli.group()
def group():
    """Group sessions on the service: the same problems and deadline for several users at once."""


def _service_client():
    from judge.errors import UsageError

    client = remote()
    if client is None:
        raise UsageError("group sessions live on a judge service",
                         "set JUDGE_SERVER and JUDGE_TOKEN, or `judge login URL`")
    return client


@group.command("start")
@click.argument("name")
@click.option("--users", "members", required=True, help="The members, by name: a,b,c.")
@click.option("--problem", "named", multiple=True, help="A problem for everyone (repeatable; default: two medium).")
@click.option("--minutes", type=click.IntRange(1, 24 * 60), default=60, show_default=True, help="The time limit.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def group_start(name, members, named, minutes, as_json):
    """Start one timed session for each member (admins only): same problems, same deadline."""
    started = _service_client().request("POST", "/v1/groups", json={
        "name": name, "users": [m.strip() for m in members.split(",") if m.strip()], "problems": list(named),
        "minutes": minutes})
    emit(started, as_json, lambda d: (f"Group {d['group']} started for {', '.join(d['members'])}: "
                                      f"{', '.join(d['problems'])}, {d['minutes']} min, deadline {d['deadline']}."))


@group.command("board")
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def group_board(name, as_json):
    """Each member's progress: solved, split times, attempts (a member sees their own row only)."""
    from judge.service.render import board_text

    emit(_service_client().request("GET", f"/v1/groups/{name}/board"), as_json, board_text)


@cli.group()
def users():
    """The service's users."""


@users.command("add")
@click.argument("name")
@click.option("--db", "db_url", required=True, help=DB_HELP)
@click.option("--admin", is_flag=True, help="May start group sessions and read their boards.")
def users_add(name, db_url, admin):
    """Add a user and print their token, once, on the last line (only its hash is stored)."""
    from judge.service.users import add_user

    added = add_user(db_url, name, admin)
    click.echo(f"added {'admin ' if admin else ''}user {added.user.name} (id {added.user.id}); their token:")
    click.echo(added.token)


@cli.command()
@click.argument("url")
@click.option("--token", prompt=True, hide_input=True, help="The token `judge users add` printed.")
def login(url, token):
    """Talk to the service at URL from now on (submit, test, start, status, end, history, stats, report, hint,
    plan, edit, watch, problems, show, group)."""
    from judge.service.client import Client, Server, save_login

    server_ = Server(url.rstrip("/"), token.strip())
    client = Client(server_)
    try:
        me = client.request("GET", "/v1/whoami")
    finally:
        client.close()
    path = save_login(server_)
    click.echo(f"logged in to {server_.url} as {me['name']}; saved in {path} (remove it to work locally)")


class Terminated(BaseException):
    """SIGTERM or SIGHUP arrived: unwind like an interrupt, so every sandbox and staged file is removed."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def _raise_terminated(signum, frame):
    raise Terminated(signum)


def _every_command(group: click.Group):
    for command in group.commands.values():
        yield command
        if isinstance(command, click.Group):
            yield from _every_command(command)


for _command in _every_command(cli):
    _command.params.append(_colour_option())

PROG_NAME, COMPLETE_VAR = "judge", "_JUDGE_COMPLETE"


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
        # An int when click itself ended early (--help, usage); with COMPLETE_VAR set, the shell's completion.
        returned = cli.main(standalone_mode=False, prog_name=PROG_NAME, complete_var=COMPLETE_VAR)
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
