"""The sandbox container's first process: it ends the container when the judge that uses it is gone.

Baked into the image beside the runner and run as PID 1 (the policy starts no
other init).  ``guard`` forks: the child returns and becomes the runner; the
parent stays PID 1 and does four things until the runner ends:

* relays the judge's requests from its own stdin to the runner through a pipe,
  so only PID 1 ever holds the engine's stdin pipe;
* when that stdin hangs up (the judge closed its stream, or died however it
  died: the engine closes a container's stdin when its one attached client
  goes, since containers are created with ``StdinOnce``), kills every process
  in the container and exits, which ends the container;
* when the runner ends, exits with the runner's status (128 + the signal's
  number for a signal, as a shell reports it), which ends the container;
* reaps orphaned processes, and ends the container once ``lifetime_s`` has
  passed, whatever else happens: the last backstop.

Why a relay and PID 1: the submission runs as the same user as this process,
so it could kill any helper, or keep the stdin pipe open by reopening its
own ``/proc/self/fd/0`` for writing.  The kernel delivers to a namespace's
init only the signals it has handlers for, and this process keeps none
(SIGKILL included, which cannot have one); it also makes itself undumpable,
so the same user can neither ptrace it nor open its ``/proc/1/fd``.  The
runner never holds the engine's pipe, only the relay's.

No import of the judge: this file runs inside the container.
"""

import os
import select
import signal
import time

RELAY_CHUNK = 1 << 16
REAP_EVERY_MS = 500  # orphans are reaped this often (they cost only a pid slot meanwhile)
HUNG_UP_EXIT = 0  # nobody reads it: the judge is gone


def guard(lifetime_s: float) -> None:
    """Fork; return in the child (the runner, whose fd 0 is then the relay's pipe); never return in PID 1."""
    read_end, write_end = os.pipe()
    child = os.fork()
    if child == 0:
        os.dup2(read_end, 0)
        os.close(read_end)
        os.close(write_end)
        return
    os.close(read_end)
    try:
        _serve(child, write_end, time.monotonic() + lifetime_s)
    finally:
        _end_all(HUNG_UP_EXIT)


def _serve(child: int, relay: int, end_at: float) -> None:
    for number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGUSR1, signal.SIGUSR2):
        signal.signal(number, signal.SIG_DFL)  # no handler: the kernel then drops these from inside
    signal.signal(signal.SIGPIPE, signal.SIG_IGN)  # a runner gone mid-write is seen through its pid
    _undumpable()
    os.set_blocking(relay, False)
    try:
        child_fd = os.pidfd_open(child)
    except (AttributeError, OSError):  # an old kernel: reaping below notices the runner's end instead
        child_fd = None
    poller = select.poll()
    poller.register(0, select.POLLIN)
    if child_fd is not None:
        poller.register(child_fd, select.POLLIN)
    pending = bytearray()
    while True:
        timeout_ms = min(REAP_EVERY_MS, max(0, int((end_at - time.monotonic()) * 1000)))
        for fd, events in poller.poll(timeout_ms):
            if fd == 0:
                data = os.read(0, RELAY_CHUNK) if events & select.POLLIN else b""
                if not data:  # hung up: the judge is gone or done with this container
                    _end_all(HUNG_UP_EXIT)
                pending += data
        if pending:  # to the runner's pipe, writable again or not yet full
            try:
                written = os.write(relay, pending)
                del pending[:written]
            except BlockingIOError:
                pass
            except OSError:  # the runner closed its end: it is ending, seen below
                pending.clear()
            # While the runner's pipe is full, stop reading the judge's input and wait for room instead.
            poller.modify(0, 0 if pending else select.POLLIN)
            if pending:
                poller.register(relay, select.POLLOUT)
            else:
                try:
                    poller.unregister(relay)
                except KeyError:
                    pass
        _reap(child)
        if time.monotonic() >= end_at:
            _end_all(HUNG_UP_EXIT)


def _reap(child: int) -> None:
    """Reap every finished process; when the runner is one of them, end the container with its status."""
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        if pid == child:
            code = os.waitstatus_to_exitcode(status)
            _end_all(128 - code if code < 0 else code)


def _end_all(code: int) -> None:
    try:
        os.kill(-1, signal.SIGKILL)  # every other process here; PID 1's exit would end them anyway
    except OSError:
        pass
    os._exit(code)


def _undumpable() -> None:
    """PR_SET_DUMPABLE 0: the same user can then neither ptrace this process nor open its /proc entries."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE = 4
    except (OSError, AttributeError):
        pass
