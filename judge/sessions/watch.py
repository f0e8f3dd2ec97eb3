"""`judge status --watch`: a countdown redrawn every second until the deadline."""

from __future__ import annotations

import time
from collections.abc import Callable

from judge.sessions.render import status_line


def watch(read: Callable[[], dict], write: Callable[[str], None], *, tty: bool,
          sleep: Callable[[float], None] = time.sleep) -> dict:
    """Draw ``read()`` (a status dict) once a second until its time is up or no session is open; the last status.

    On a terminal the line is redrawn in place; otherwise each second gets its own line.
    The status is re-read every second, so submissions from other terminals show up.
    """
    width = 0
    while True:
        data = read()
        if not data["active"]:
            write(("\n" if width else "") + data["message"] + "\n")
            return data
        line = status_line(data)
        if tty:
            write("\r" + line.ljust(width))
            width = max(width, len(line))
        else:
            write(line + "\n")
        if data["remaining_s"] <= 0:
            write(("\n" if tty else "") + f"Time is up for session {data['session_id']}: "
                  "submissions from now on are late; `judge end` prints the summary.\n")
            return data
        sleep(1.0)
