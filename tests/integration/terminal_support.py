"""Running `judge` as a person does: in a pseudo-terminal of a given size (imported by tests; holds none)."""

from __future__ import annotations

import fcntl
import os
import re
import pty
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ESC = b"\x1b"


def in_terminal(*args, env: dict | None = None, columns: int = 160, rows: int = 50, timeout: float = 300,
                cwd=None, interrupt_after: bytes | None = None) -> tuple[int, bytes]:
    """Run `judge ARGS` with stdin, stdout and stderr on a new pseudo-terminal; its exit code and every byte
    it wrote there (stdout and stderr interleaved, as a terminal shows them).  ``interrupt_after``: press
    Ctrl-C (SIGINT to its process group) once the output holds these bytes."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    full_env = {**os.environ, "TERM": "xterm-256color", **(env or {})}
    full_env.pop("COLUMNS", None)
    proc = subprocess.Popen([sys.executable, "-m", "judge", *map(str, args)], stdin=follower, stdout=follower,
                            stderr=follower, env=full_env, cwd=cwd, start_new_session=True)
    os.close(follower)
    output = bytearray()
    deadline = time.monotonic() + timeout
    try:
        while True:
            ready, _, _ = select.select([leader], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(leader, 65536)
                except OSError:  # EIO: every process holding the terminal has exited
                    break
                if not chunk:
                    break
                output += chunk
                if interrupt_after is not None and interrupt_after in output:
                    os.killpg(proc.pid, signal.SIGINT)
                    interrupt_after = None
            elif proc.poll() is not None:
                break
            if time.monotonic() > deadline:
                proc.kill()
                raise TimeoutError(f"judge {' '.join(map(str, args))} ran over {timeout} s: {bytes(output)[-500:]!r}")
        return proc.wait(timeout=30), bytes(output)
    finally:
        os.close(leader)


SGR = re.compile(r"\x1b\[[0-9;]*m")  # colour and style: they take no columns


def text_lines(output: bytes) -> list[str]:
    """What the terminal shows, line by line (carriage-return redraws collapsed to their last state, colour
    and style sequences dropped)."""
    text = SGR.sub("", output.decode("utf-8", "replace"))
    return [line.split("\r")[-1] for line in text.replace("\r\n", "\n").split("\n")]
