"""Starting work that outlives the command: a detached ``python -m MODULE ARGS...``.

The process is started through ``sh``'s ``&``, so once sh exits it is nobody's child: a long-lived caller
(a test run, an editor plugin) collects no zombies, and the command that started it exits at once.
"""

from __future__ import annotations

import subprocess
import sys


def start_detached(module: str, *args: str) -> bool:
    """Start ``python -m module args...`` in its own session, stdio on /dev/null; False if it could not."""
    try:
        subprocess.run(["sh", "-c", 'exec "$0" "$@" </dev/null >/dev/null 2>&1 &', sys.executable, "-m", module,
                        *args], start_new_session=True, close_fds=True, check=True)
        return True
    except (OSError, subprocess.CalledProcessError):
        return False
