"""The judge in a terminal, with the engine: `judge watch` in tmux, answer diffs, live progress and colour."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import uuid

import pytest

from terminal_support import ESC, REPO, in_terminal

pytestmark = [pytest.mark.docker]

TWO_SUM = REPO / "problems" / "two-pointers" / "two-sum-ii"
ACCEPTED = TWO_SUM / "submissions" / "accepted" / "two_pointers.py"
WRONG = TWO_SUM / "submissions" / "wrong_answer" / "zero_based.py"
REQUIRE = os.environ.get("JUDGE_REQUIRE_DOCKER") == "1"

# daily-temperatures, right but for one item in the middle of a long answer
OFF_BY_ONE = """
def daily_temperatures(temperatures):
    answer = [0] * len(temperatures)
    stack = []
    for i, t in enumerate(temperatures):
        while stack and temperatures[stack[-1]] < t:
            j = stack.pop()
            answer[j] = i - j
        stack.append(i)
    if len(answer) > 50:
        answer[len(answer) // 2] += 1
    return answer
"""


@pytest.fixture(autouse=True)
def quiet_settings(monkeypatch, tmp_path):
    monkeypatch.setenv("JUDGE_CONFIG", str(tmp_path / "no-config.toml"))
    monkeypatch.delenv("NO_COLOR", raising=False)


class Tmux:
    """A tmux server of the test's own (its own socket, so it inherits this test's environment)."""

    def __init__(self):
        if shutil.which("tmux") is None:
            if REQUIRE:
                pytest.fail("tmux is not installed (.ci/run installs it)")
            pytest.skip("tmux is not installed")
        self.socket = f"drill-judge-test-{uuid.uuid4().hex[:8]}"

    def __call__(self, *args: str) -> str:
        return subprocess.run(["tmux", "-L", self.socket, "-f", "/dev/null", *args], capture_output=True, text=True,
                              timeout=30, check=True).stdout

    def screen(self) -> str:
        return self("capture-pane", "-p", "-t", "watch")

    def wait_for(self, text: str, timeout: float = 120) -> float:
        """Seconds until the screen shows ``text``."""
        started = time.monotonic()
        while text not in self.screen():
            if time.monotonic() - started > timeout:
                raise AssertionError(f"the screen never showed {text!r}:\n{self.screen()}")
            time.sleep(0.05)
        return time.monotonic() - started


def test_watch_reruns_on_each_save_and_ctrl_c_leaves_no_container(engine, no_leftover_containers, tmp_path):
    solution = tmp_path / "two_sum_ii.py"
    shutil.copy(ACCEPTED, solution)
    tmux = Tmux()
    variables = {k: os.environ[k] for k in ("JUDGE_HOME", "JUDGE_RUN_ID", "JUDGE_CONFIG", "PATH")}
    command = ["env", *(f"{k}={v}" for k, v in variables.items()), sys.executable, "-m", "judge", "watch",
               str(solution)]
    status = tmp_path / "exit-status"  # written by the shell that ran it: its exit code
    tmux("new-session", "-d", "-x", "160", "-y", "50", "-s", "watch",
         f"{' '.join(map(_quote, command))}; echo $? > {_quote(str(status))}; sleep 60")
    try:
        tmux.wait_for("Watching")
        assert "Accepted  two-sum-ii  3/3 visible examples passed" in tmux.screen()

        shutil.copy(WRONG, solution)  # saved in place
        rerun_s = tmux.wait_for("run 2")
        shown_s = rerun_s + tmux.wait_for("Wrong Answer")
        tmux.wait_for("Watching")
        screen = tmux.screen()
        assert "Accepted" not in screen and "run 1" not in screen  # the screen was cleared between runs
        assert "Differs:  first difference at index 0" in screen

        staged = tmp_path / ".two_sum_ii.py.swp"  # saved as vim does: a new file renamed over the old one
        shutil.copy(ACCEPTED, staged)
        os.replace(staged, solution)
        tmux.wait_for("run 3")
        tmux.wait_for("Accepted")
        print(f"\nwatch: re-run began {rerun_s:.2f} s after the save, its result showed after {shown_s:.2f} s")

        solution.write_text(WRONG.read_text())
        tmux.wait_for("run 4")
        tmux("send-keys", "-t", "watch", "C-c")  # while it judges
        tmux.wait_for("Stopped watching.")
        deadline = time.monotonic() + 30
        while not status.exists() or not status.read_text().strip():
            assert time.monotonic() < deadline, f"judge watch is still running after Ctrl-C:\n{tmux.screen()}"
            time.sleep(0.1)
        assert status.read_text().strip() == "0", tmux.screen()
    finally:
        subprocess.run(["tmux", "-L", tmux.socket, "kill-server"], capture_output=True, timeout=30)


def _quote(word: str) -> str:
    import shlex

    return shlex.quote(word)


def test_watch_without_colour_writes_no_escape_sequence(engine, tmp_path):
    solution = tmp_path / "two_sum_ii.py"
    shutil.copy(ACCEPTED, solution)
    code, output = in_terminal("watch", solution, env={"NO_COLOR": "1"}, interrupt_after=b"Watching")
    assert code == 0 and b"Accepted" in output and b"Stopped watching." in output
    assert ESC not in output


def test_a_wrong_answer_on_a_long_list_names_the_first_differing_index(engine, tmp_path):
    path = tmp_path / "daily_temperatures.py"
    path.write_text(OFF_BY_ONE)
    proc = subprocess.run([sys.executable, "-m", "judge", "submit", path, "--json"], capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 1, proc.stderr
    data = json.loads(proc.stdout)
    case = data["failing_case"]
    diff = case["diff"]
    assert diff["kind"] == "sequence" and diff["path"] == "" and diff["expected_length"] == diff["got_length"] > 50
    assert diff["index"] == diff["expected_length"] // 2
    assert " ... (" in case["expected"]  # the Expected and Got lines are cut short: the diff says where they differ
    assert diff["got_window"] != diff["expected_window"] and diff["got_window"].startswith("[..., ")
    text = subprocess.run([sys.executable, "-m", "judge", "submit", path], capture_output=True, text=True,
                          timeout=300)
    assert f"Differs:  first difference at index {diff['index']}" in text.stdout
    assert diff["got_window"] in text.stdout and diff["expected_window"] in text.stdout


def test_progress_and_colour_on_a_terminal_none_with_json_or_no_color(engine):
    code, output = in_terminal("submit", ACCEPTED, "--problem", "two-sum-ii", "--no-complexity")
    assert code == 0
    assert ESC + b"[32m" + ESC + b"[1mAccepted" in output  # the verdict in green
    # a line redrawn in place while it was judged, once it took longer than half a second
    assert re.search(rb"\r  (starting the sandbox|hidden tests \d+/\d+|property tests \d+/\d+)  \d+\.\d s", output), \
        output[:600]
    _, quiet = in_terminal("submit", ACCEPTED, "--problem", "two-sum-ii", "--no-complexity", "--json")
    assert b"\r  " not in quiet.replace(b"\r\n", b"\n") and ESC not in quiet
    json.loads(quiet.replace(b"\r\n", b"\n"))
    for command in (["submit", WRONG, "--problem", "two-sum-ii"], ["test", WRONG, "--problem", "two-sum-ii"]):
        code, plain = in_terminal(*command, env={"NO_COLOR": "1"})
        assert code == 1 and b"Wrong Answer" in plain and ESC not in plain
