"""The judge in a terminal, without the engine: completion run by bash itself, colour and NO_COLOR on a
real pseudo-terminal, tables at 160 columns, the config file, the editor, names mistyped."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from terminal_support import ESC, REPO, in_terminal, text_lines

pytestmark = pytest.mark.usefixtures("no_warm")


@pytest.fixture
def no_warm(monkeypatch, tmp_path):
    monkeypatch.setenv("JUDGE_WARM", "0")  # sessions started here start no container
    monkeypatch.setenv("JUDGE_CONFIG", str(tmp_path / "no-config.toml"))
    monkeypatch.delenv("NO_COLOR", raising=False)


def judge(*args, env=None, cwd=None):
    return subprocess.run([sys.executable, "-m", "judge", *map(str, args)], capture_output=True, text=True,
                          timeout=300, env={**os.environ, **(env or {})}, cwd=cwd)


# -- completion --------------------------------------------------------------
def _bash_complete(tmp_path: Path, words: list[str]) -> list[str]:
    """Complete ``words`` (the last one partial) with the script `judge completion bash` prints, in bash."""
    if shutil.which("bash") is None:
        pytest.skip("no bash")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    wrapper = bin_dir / "judge"  # what the script calls back, as an installed console script would be
    wrapper.write_text(f"#!/bin/sh\nexec {sys.executable} -m judge \"$@\"\n")
    wrapper.chmod(wrapper.stat().st_mode | stat.S_IEXEC)
    script = judge("completion", "bash").stdout
    assert "_JUDGE_COMPLETE" in script and "complete " in script
    (tmp_path / "judge-completion.bash").write_text(script)
    quoted = " ".join(f"'{w}'" for w in words)
    program = (f"source {tmp_path / 'judge-completion.bash'}\n"
               f"COMP_WORDS=({quoted}); COMP_CWORD={len(words) - 1}; COMP_LINE=\"${{COMP_WORDS[*]}}\"\n"
               "_judge_completion judge\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n")
    proc = subprocess.run(["bash", "--norc", "--noprofile", "-c", program], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}"})
    assert proc.returncode == 0, proc.stderr
    return [line for line in proc.stdout.splitlines() if line]


def test_bash_completes_commands_slugs_patterns_and_packs(tmp_path):
    assert {"watch", "edit", "show", "start"} <= set(_bash_complete(tmp_path, ["judge", ""]))
    assert _bash_complete(tmp_path, ["judge", "show", "two-sum"]) == ["two-sum-ii"]
    assert "three-sum" in _bash_complete(tmp_path, ["judge", "submit", "x.py", "--problem", "three"])
    assert _bash_complete(tmp_path, ["judge", "start", "--pattern", "two-poi"]) == ["two-pointers"]
    assert _bash_complete(tmp_path, ["judge", "start", "--pack", "dijk"]) == ["dijkstra"]
    assert "--adaptive" in _bash_complete(tmp_path, ["judge", "start", "--ad"])


@pytest.mark.parametrize("shell, marker", [("zsh", "compdef"), ("fish", "complete ")])
def test_zsh_and_fish_scripts_are_printed(shell, marker):
    proc = judge("completion", shell)
    assert proc.returncode == 0 and marker in proc.stdout and "_JUDGE_COMPLETE" in proc.stdout


# -- colour ------------------------------------------------------------------
READING_COMMANDS = [
    ["--help"], ["packs"], ["problems"], ["problems", "--pattern", "two-pointers"], ["show", "two-sum-ii"],
    ["status"], ["history"], ["stats"], ["config"], ["completion", "bash"], ["data", "check"],
    ["pack", "validate", "--static", REPO / "problems" / "two-pointers" / "two-sum-ii"],
    ["show", "three-summ"], ["problems", "--pattern", "two-pointer"],
]


@pytest.mark.parametrize("command", READING_COMMANDS, ids=lambda c: " ".join(map(str, c))[:40])
def test_no_color_and_piped_output_carry_no_escape_sequence(command):
    code, output = in_terminal(*command, env={"NO_COLOR": "1"})
    assert ESC not in output, output[:400]
    piped = subprocess.run([sys.executable, "-m", "judge", *map(str, command)], capture_output=True, timeout=300,
                           env={**os.environ, "TERM": "xterm-256color"})
    assert piped.returncode == code and ESC not in piped.stdout + piped.stderr


def test_a_whole_session_under_no_color_carries_no_escape_sequence(tmp_path):
    """start, hint, plan, status, end, history, stats: each command's output on a terminal, NO_COLOR set."""
    env = {"NO_COLOR": "1"}
    workspace = tmp_path / "ws"
    steps = [["start", "--problem", "two-sum-ii", "--dir", workspace], ["hint", "two-sum-ii"],
             ["plan", "two-sum-ii", "--pattern", "two-pointers", "--time", "O(n)", "--space", "O(1)"],
             ["status"], ["end"], ["history"], ["stats"]]
    for step in steps:
        code, output = in_terminal(*step, env=env)
        assert code in (0, 1), (step, output[-400:])
        assert ESC not in output, (step, output[:400])


def test_colour_is_there_on_a_terminal_and_gone_with_never_or_no_color():
    _, coloured = in_terminal("show", "two-sum-ii")
    assert ESC + b"[2m" in coloured  # the secondary line is dimmed
    for env, args in (({"NO_COLOR": "1"}, []), ({}, ["--color", "never"])):
        _, plain = in_terminal("show", "two-sum-ii", *args, env=env)
        assert ESC not in plain
    _, forced = in_terminal("--color", "always", "show", "two-sum-ii", env={"NO_COLOR": "1"})  # the flag wins
    assert ESC in forced
    piped = judge("show", "two-sum-ii", "--color", "always")
    assert "\x1b[2m" in piped.stdout


# -- tables at 160 columns -----------------------------------------------------
@pytest.mark.parametrize("command", [["problems"], ["status"], ["stats"]])
def test_tables_fit_a_terminal_of_160_columns(command, tmp_path):
    if command != ["problems"]:
        code, _ = in_terminal("start", "--count", "3", "--dir", tmp_path / "ws")
        assert code == 0
    code, output = in_terminal(*command, columns=160)
    assert code == 0
    widths = [len(line) for line in text_lines(output)]
    assert max(widths) <= 160, max(widths)
    code, narrow = in_terminal(*command, columns=100)
    assert max(len(line) for line in text_lines(narrow)) <= 100
    if command == ["status"]:
        judge("end")


# -- the config file -----------------------------------------------------------
def test_config_defaults_are_used_and_each_value_says_where_it_came_from(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('minutes = 45\ncount = 1\nmode = "practice"\ncolor = "never"\neditor = "true"\n')
    env = {"JUDGE_CONFIG": str(config)}
    proc = judge("config", "--json", env=env)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    by = {s["name"]: s for s in data["settings"]}
    assert data["config_file"] == str(config) and data["exists"] is True
    assert (by["minutes"]["value"], by["minutes"]["source"]) == (45, f"config file {config}")
    assert (by["difficulty"]["value"], by["difficulty"]["source"]) == ("medium", "default")
    assert by["color"] == {"name": "color", "value": "never", "source": f"config file {config}"}
    assert judge("config", "--json", "--color", "always", env=env).stdout.count('"--color"') == 1
    started = judge("start", "--json", "--dir", tmp_path / "ws", env=env)
    assert started.returncode == 0, started.stderr
    session = json.loads(started.stdout)
    assert (session["minutes"], len(session["problems"]), session["practice"]) == (45, 1, True)
    judge("end")
    interview = json.loads(judge("start", "--json", "--interview", "--minutes", "20", "--dir", tmp_path / "ws2",
                                 env=env).stdout)
    assert (interview["minutes"], interview["practice"]) == (20, False)  # options win over the file
    judge("end")


def test_a_bad_config_file_is_one_line_naming_the_file_and_key(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text("count = 99\n")
    proc = judge("config", env={"JUDGE_CONFIG": str(config)})
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1
    assert str(config) in proc.stderr and "`count`" in proc.stderr


# -- the editor ------------------------------------------------------------------
def _recording_editor(tmp_path: Path) -> tuple[Path, Path]:
    log = tmp_path / "editor.log"
    editor = tmp_path / "fake-editor"
    editor.write_text(f'#!/bin/sh\nfor f in "$@"; do echo "$f" >> {log}; done\n')
    editor.chmod(editor.stat().st_mode | stat.S_IEXEC)
    return editor, log


def test_edit_opens_a_file_or_a_slugs_starter_in_the_editor(tmp_path):
    editor, log = _recording_editor(tmp_path)
    env = {"VISUAL": f"{editor} --wait", "EDITOR": "ignored"}
    mine = tmp_path / "mine.py"
    mine.write_text("x = 1\n")
    assert judge("edit", mine, env=env).returncode == 0
    proc = judge("edit", "two-sum-ii", env=env, cwd=tmp_path)
    assert proc.returncode == 0 and "two_sum_ii.py" in proc.stderr
    starter = tmp_path / "two_sum_ii.py"
    assert starter.read_text().startswith("# judge: problem=two-sum-ii")
    assert log.read_text().splitlines() == ["--wait", str(mine), "--wait", str(starter)]


def test_start_open_opens_every_statement_and_solution(tmp_path):
    editor, log = _recording_editor(tmp_path)
    proc = judge("start", "--problem", "two-sum-ii", "--open", "--dir", tmp_path / "ws", env={"EDITOR": str(editor)})
    assert proc.returncode == 0, proc.stderr
    assert log.read_text().splitlines() == [str(tmp_path / "ws" / "two_sum_ii.md"), str(tmp_path / "ws" / "two_sum_ii.py")]
    judge("end")


def test_no_editor_at_all_is_a_one_line_environment_error(tmp_path):
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("VISUAL", "EDITOR")}
    proc = subprocess.run([sys.executable, "-m", "judge", "edit", "two-sum-ii"], capture_output=True, text=True,
                          env={**env, "PATH": str(empty)}, cwd=tmp_path, timeout=120)
    assert proc.returncode == 3 and proc.stderr.count("\n") == 1
    assert "no editor" in proc.stderr and "EDITOR" in proc.stderr
    assert not (tmp_path / "two_sum_ii.py").exists()  # nothing written for an editor that is not there


# -- names mistyped --------------------------------------------------------------
def test_unknown_slug_pattern_and_pack_are_named_with_a_suggestion(tmp_path):
    shown = judge("show", "three-summ")
    assert shown.returncode == 2 and "did you mean `three-sum`?" in shown.stderr
    listed = judge("problems", "--pattern", "two-pointer")
    assert listed.returncode == 2 and "'two-pointer'" in listed.stderr and "`two-pointers`" in listed.stderr
    started = judge("start", "--pattern", "two-pointer", "--dir", tmp_path / "ws")
    assert started.returncode == 2 and "'two-pointer'" in started.stderr and "can be picked" not in started.stderr
    packed = judge("start", "--pack", "dijkstr", "--dir", tmp_path / "ws")
    assert packed.returncode == 2 and "`dijkstra`" in packed.stderr
    assert not (tmp_path / "ws").exists()
