"""Saves of one file, as the editor makes them: inotify through watchfiles, debounced.

The file's directory is watched (not the file): editors that save by writing a new file and renaming it
over the old one (vim, many IDEs) would otherwise end the watch at the first save.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

DEBOUNCE_MS = 400  # the longest a burst of events (write, rename, chmod) is gathered into one save
QUIET_MS = 60  # a burst ends after this long without events


def saves(file: Path, stop_event=None) -> Iterator[None]:
    """Yield once per save of ``file`` (after a burst of events ends, the file present again) until
    ``stop_event`` (anything with ``is_set()``) is set; KeyboardInterrupt propagates."""
    import watchfiles

    target = file.resolve()

    def concerns(change, path: str) -> bool:
        return Path(path).name == target.name

    for _ in watchfiles.watch(target.parent, watch_filter=concerns, debounce=DEBOUNCE_MS, step=QUIET_MS,
                              recursive=False, stop_event=stop_event, raise_interrupt=True):
        if target.is_file():  # deleted (or mid-rename) only: wait for the file to come back
            yield None
