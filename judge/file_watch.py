"""Saves of one file, as the editor makes them: inotify through watchfiles, debounced.

The file's directory is watched (not the file): editors that save by writing a new file and renaming it
over the old one (vim, many IDEs) would otherwise end the watch at the first save.  The watch runs in a
thread of its own from before the first run on, so a save made while a run is under way is not lost: it
starts the next run as soon as this one ends.
"""

from __future__ import annotations

import queue
import threading
from pathlib import Path

from judge.errors import EnvironmentProblem

DEBOUNCE_MS = 400  # the longest a burst of events (write, rename, chmod) is gathered into one save
QUIET_MS = 60  # a burst ends after this long without events
TICK_MS = 200  # how often the watching thread looks at its stop flag


class SaveWatch:
    """Watches ``file`` from construction (returning once the watch is in place) until ``close``."""

    def __init__(self, file: Path):
        self.target = file.resolve()
        self.saved: queue.Queue[bool] = queue.Queue()
        self.stopping = threading.Event()
        self.watching = threading.Event()
        self.failure: BaseException | None = None
        self.thread = threading.Thread(target=self._watch, name="drill-judge-watch", daemon=True)
        self.thread.start()
        self.watching.wait(10)

    def _watch(self) -> None:
        import watchfiles

        name = self.target.name

        def concerns(change, path: str) -> bool:
            return Path(path).name == name

        try:
            # yield_on_timeout: the first (empty) yield says the watch is in place, later ones check the flag.
            for changes in watchfiles.watch(self.target.parent, watch_filter=concerns, debounce=DEBOUNCE_MS,
                                            step=QUIET_MS, rust_timeout=TICK_MS,
                                            yield_on_timeout=True, recursive=False, stop_event=self.stopping,
                                            raise_interrupt=False):
                self.watching.set()
                if changes and self.target.is_file():  # deleted (or mid-rename) only: wait for it to come back
                    self.saved.put(True)
        except BaseException as exc:  # noqa: BLE001  (handed to the waiting thread)
            self.failure = exc
            self.saved.put(False)
        finally:
            self.watching.set()

    def next_save(self) -> None:
        """Wait for the next save (one made since the last call counts); Ctrl-C interrupts the wait."""
        while True:
            try:
                saved = self.saved.get(timeout=0.5)  # a timed wait, so KeyboardInterrupt reaches this thread
            except queue.Empty:
                continue
            while not self.saved.empty():  # saves made during the last run: one more run covers them all
                saved = self.saved.get_nowait() and saved
            if not saved:
                raise EnvironmentProblem(f"watching {self.target.parent} for saves failed ({self.failure})",
                                         "check that the directory still exists (and the inotify watch limit, "
                                         "fs.inotify.max_user_watches)")
            return

    def close(self) -> None:
        self.stopping.set()
