"""What `judge submit` and `judge test` write in text mode, for submissions that print, return and raise
terminal control sequences: no ESC or BEL byte (nor any other control but newline) from the submission
reaches either stream, the escapes are there to read, and the exit code is a verdict's (0 or 1).

Run as a user runs it, in a subprocess whose output is a pipe: the judge's own colours are off there, so any
ESC byte in the output would have come from the submission.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.docker]

SUBMISSIONS = Path(__file__).resolve().parent / "submissions"
ATTACKS = ["terminal_print", "terminal_return", "terminal_raise"]
CONTROL = {c for c in range(32) if c not in (9, 10)} | {0x7F}


@pytest.mark.parametrize("command", ["submit", "test"])
@pytest.mark.parametrize("attack", ATTACKS)
def test_no_control_byte_reaches_the_terminal(engine, attack, command):
    path = SUBMISSIONS / f"{attack}.py"
    proc = subprocess.run([sys.executable, "-m", "judge", command, str(path), "--problem", "two-sum-ii"],
                          capture_output=True, env={**os.environ}, timeout=300)
    assert proc.returncode in (0, 1), proc.stderr.decode(errors="replace")
    for stream in (proc.stdout, proc.stderr):
        assert not set(stream) & CONTROL, stream
        text = stream.decode("utf-8")
        assert not any(c in text for c in "\x9b\u202e"), text
    assert b"\\x1b" in proc.stdout


def test_json_keeps_the_exact_values(engine):
    """--json is for programs: the message keeps its control characters, as JSON escapes."""
    path = SUBMISSIONS / "terminal_raise.py"
    proc = subprocess.run([sys.executable, "-m", "judge", "test", str(path), "--problem", "two-sum-ii", "--json"],
                          capture_output=True, timeout=300)
    assert proc.returncode == 1
    assert b"\x1b" not in proc.stdout  # escaped by JSON ...
    data = json.loads(proc.stdout)
    assert "\x1b[2J" in data["error"]["message"]  # ... and exact once decoded
    assert data["error"]["type"] == "Evil\x1b]0;owned\x07"
