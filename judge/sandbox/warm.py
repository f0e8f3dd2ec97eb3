"""Warm sandboxes: hardened containers started ahead of time, each used for exactly one submission.

A warm container runs the same image under the same policy as a cold one,
but without the submission's bind mount: its runner waits on stdin, and the
code arrives there in the ``load`` request, so the container can start before
the code exists.  It is claimed once, then removed like any other; nothing
carries over between submissions.

Labels say until when a warm container may wait (``WARM_UNTIL_LABEL``, epoch
seconds), under which memory limit it runs, and in which pool it waits (one per data dir).  Claiming renames it to
``drill-judge-claimed-<pid>-...`` under a host-wide lock, so two judges never
claim the same container, and the sweep knows which process now owns it.

The lock file also holds until when warm containers are wanted: ``want``
writes it, ``discard_all`` clears it.  Once the verdict is in, ``finish``
hands the rest to a detached process: removing the used container (stopping
one costs a twentieth of a second; its stream is already closed, so nothing
it does can reach the judge) and starting its replacement.  So the judge
neither shares the CPU with a container start while it grades nor waits for
one before it exits.  The replacement is started only if one is still wanted
when that process holds the lock, so a session that ended meanwhile is not
left with one; a used container the helper failed to remove is a claimed one
whose claimer is gone, which the sweep removes.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import secrets
import socket
import sys
import time
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from judge.background import start_detached
from judge.sandbox.container import Sandbox, remove_container, signals_held, sweep_stale_containers
from judge.sandbox.policy import (
    CLAIMED_PREFIX,
    SANDBOX_LABEL,
    WARM_MEMORY_LABEL,
    WARM_POOL_LABEL,
    WARM_PREFIX,
    WARM_UNTIL_LABEL,
    Limits,
    create_arguments,
    waiting_until,
)
from judge.sandbox.runtimes import SandboxImage, load_runtime


class WarmPool:
    """Start, claim and discard warm containers for one image (with ``image`` None: discard only)."""

    def __init__(self, client, image: SandboxImage | None, lock_path: Path):
        self.client = client
        self.image = image
        self.lock_path = lock_path
        self.used: list[str] = []  # claimed containers, closed, for ``finish`` to have removed

    @contextmanager
    def _lock(self):
        """The host-wide lock; yields its file, whose text is the epoch until which containers are wanted."""
        self.lock_path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.lock_path, "a+") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield handle
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    @staticmethod
    def _write_wanted(handle, until: float | None):
        handle.seek(0)
        handle.truncate()
        if until is not None:
            handle.write(f"{until:.0f}\n")
        handle.flush()

    def want(self, until: float):
        """Warm containers are wanted until ``until`` (epoch seconds): a session runs until then."""
        with self._lock() as handle:
            self._write_wanted(handle, until)

    def finish(self, replenish: bool, limits: Limits | None = None):
        """Have the used containers removed and (with ``replenish``) the next one started, by a detached
        process (see the module docstring); returns at once.  Removes them here if it cannot start one.
        The next one gets ``limits`` (by default the runtime's memory limit, its problems' default)."""
        if (not self.used and not replenish) or self.image is None:
            return
        memory_mb = limits.memory_mb if limits is not None else self.image.runtime.memory_mb
        args = [self.image.runtime.name, self.image.tag, str(self.lock_path), str(memory_mb)]
        args += [] if replenish else ["--no-start"]
        args += [f"--remove={container_id}" for container_id in self.used]
        if not start_detached("judge.sandbox.warm", *args):
            for container_id in self.used:
                remove_container(self.client, container_id)
        self.used = []

    def start_if_wanted(self, limits: Limits) -> str | None:
        """Start one warm container if they are still wanted, holding the lock throughout; its id, or None."""
        with self._lock() as handle:
            handle.seek(0)
            try:
                until = float(handle.read().strip() or 0)
            except ValueError:
                until = 0.0
            return self.start(limits, until) if until > time.time() else None

    def start(self, limits: Limits, until: float) -> str:
        """Start one warm container that waits for a submission until ``until`` (epoch seconds)."""
        # Its lifetime backstop counts from now: the wait, then a whole judging.
        lifetime = replace(limits, lifetime_s=int(max(0.0, until - time.time())) + limits.lifetime_s)
        assert self.image is not None, "a discard-only pool starts nothing"
        args = create_arguments(self.client, self.image, lifetime)
        args["labels"] = {**args["labels"], WARM_UNTIL_LABEL: f"{until:.0f}", WARM_MEMORY_LABEL: str(limits.memory_mb),
                          WARM_POOL_LABEL: self.pool}
        args["name"] = WARM_PREFIX + secrets.token_hex(6)
        container_id = None
        try:
            with signals_held():  # the id is kept before any interrupt unwinds
                container_id = self.client.api.create_container(**args)["Id"]
            self.client.api.start(container_id)
        except BaseException:
            if container_id is not None:
                remove_container(self.client, container_id)
            raise
        return container_id

    @property
    def pool(self) -> str:
        """This pool's name on its containers: one pool per data dir, so a judge never takes (or a session's
        end discards) the warm container another data dir's session is waiting for."""
        where = f"{socket.gethostname()}:{self.lock_path.resolve()}"  # a shared engine may serve several hosts
        return hashlib.sha256(where.encode()).hexdigest()[:16]

    def _waiting(self) -> list[dict]:
        return [info for info in self.client.api.containers(filters={"label": [SANDBOX_LABEL, WARM_UNTIL_LABEL,
                                                                               f"{WARM_POOL_LABEL}={self.pool}"]})
                if any(n.lstrip("/").startswith(WARM_PREFIX) for n in info.get("Names", []))]

    def claim(self, limits: Limits, max_answer_bytes: int) -> Sandbox | None:
        """Take a running warm container of this image and memory limit, or None when there is none."""
        now = time.time()
        if self.image is None:
            return None
        with self._lock():
            for info in self._waiting():
                labels = info.get("Labels") or {}
                if (info.get("Image") != self.image.tag or (waiting_until(labels) or 0) < now
                        or labels.get(WARM_MEMORY_LABEL) != str(limits.memory_mb)):
                    continue
                try:
                    self.client.api.rename(info["Id"], f"{CLAIMED_PREFIX}{os.getpid()}-{secrets.token_hex(4)}")
                except Exception:  # noqa: BLE001  (gone meanwhile: try the next one)
                    continue
                sandbox = Sandbox(self.client, self.image, limits, max_answer_bytes=max_answer_bytes)
                sandbox.on_close = self.used.append  # removed by ``finish``'s helper, after the verdict
                try:
                    return sandbox.adopt(info["Id"])
                except Exception:  # noqa: BLE001  (it died while waiting: remove it, go cold)
                    sandbox.close()
                    return None
        return None

    def discard_all(self) -> int:
        """Remove every warm container still waiting, and want no more (a session ended); also used ones
        whose judge is gone and whose helper did not remove them."""
        with self._lock() as handle:
            self._write_wanted(handle, None)
            waiting = self._waiting()
            for info in waiting:
                remove_container(self.client, info["Id"])
        sweep_stale_containers(self.client)
        return len(waiting)


def main(argv: list[str]) -> int:
    """``python -m judge.sandbox.warm RUNTIME IMAGE LOCK_PATH MEMORY_MB [--no-start] [--remove=ID]...``: the
    helper that ``WarmPool.finish`` starts."""
    import argparse

    from judge.sandbox.engine import connect

    parser = argparse.ArgumentParser(prog="python -m judge.sandbox.warm")
    parser.add_argument("runtime")
    parser.add_argument("image")
    parser.add_argument("lock_path", type=Path)
    parser.add_argument("memory_mb", type=int)
    parser.add_argument("--no-start", action="store_true")
    parser.add_argument("--remove", action="append", default=[])
    args = parser.parse_args(argv)
    client = connect()
    try:
        for container_id in args.remove:
            remove_container(client, container_id)
        if not args.no_start:
            image = SandboxImage(load_runtime(args.runtime), args.image)
            WarmPool(client, image, args.lock_path).start_if_wanted(Limits(memory_mb=args.memory_mb))
    finally:
        client.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
