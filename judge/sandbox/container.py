"""One sandbox container and the request/answer channel over its attached stdio.

Contract of ``Sandbox.request``: it sends one request and returns either the
decoded answer (a dict) or a ``Fault``, never raising for anything the
container does.  The host reads at most ``max_answer_bytes`` for an answer and
keeps at most ``STDERR_KEEP_BYTES`` of stderr, whatever the container writes,
and kills the container when the deadline passes.  The container is always
removed by ``close`` (the context manager calls it), never by ``auto_remove``.
"""

from __future__ import annotations

import collections
import json
import os
import select
import signal
import socket
import struct
import threading
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC
from enum import Enum

from judge.errors import EnvironmentProblem
from judge.sandbox.policy import (
    OWNER_HOST_LABEL,
    OWNER_PID_LABEL,
    SANDBOX_LABEL,
    Limits,
    claimed_by,
    create_arguments,
    waiting_until,
)
from judge.sandbox.runtimes import SandboxImage

STDERR_KEEP_BYTES = 8192
CPU_POLL_S = 0.02  # how often a CPU-limited request reads the container's CPU time
PIPELINE_BYTES = 32 << 10  # requests in flight at once in request_many: well inside the socket buffers
STDERR_LIMIT_BYTES = 16 << 20  # a flood on stderr (or fd 1) past this ends the run: output_limit
START_TIMEOUT_S = 30  # creating the container is done; this is Python starting, on a busy machine
START_FIX = "run `judge sandbox check`; rebuild the image with `judge sandbox build --force` if it fails"
HELLO = {"op": "hello"}  # the runner's first line, written before it reads any request
# Parsing multiplies an answer's size: 16 MB of "[]," is 5 million lists, 800 MB in the host (measured).
# Counting separators before parsing bounds what one answer can cost the host, whatever its bytes say.
MAX_ANSWER_VALUES = 1_000_000  # commas + 1: an upper bound on the values in one answer
MAX_ANSWER_CONTAINERS = 250_000  # "[" and "{": lists, objects and tagged values


class FaultKind(str, Enum):
    """Why a request got no proper answer."""

    CPU_LIMIT = "cpu_limit"  # the container's CPU time for the request passed its limit; killed
    WALL_LIMIT = "wall_limit"  # the wall-clock deadline passed; killed
    EXITED = "exited"  # the process ended without answering
    OUTPUT_LIMIT = "output_limit"  # too much output
    MALFORMED = "malformed"  # an answer that is not one JSON object (with the request's id)
    ENGINE = "engine"  # the engine failed us


@dataclass
class Fault:
    """The container did not answer a request properly, and why (``kind``) in words (``detail``)."""

    kind: FaultKind
    detail: str = ""
    exit_code: int | None = None
    oom_killed: bool = False
    stderr_tail: str = ""


@dataclass
class _Stream:
    """Demultiplexes Docker's attach stream: 8-byte headers, stdout=1, stderr=2."""

    pending: bytearray = field(default_factory=bytearray)
    stdout: bytearray = field(default_factory=bytearray)
    stderr_tail: bytearray = field(default_factory=bytearray)
    stderr_total: int = 0

    def feed(self, data: bytes):
        self.pending += data
        while len(self.pending) >= 8:
            stream_type, size = self.pending[0], struct.unpack(">I", self.pending[4:8])[0]
            if len(self.pending) < 8 + size:
                break
            payload = bytes(self.pending[8 : 8 + size])
            del self.pending[: 8 + size]
            if stream_type == 1:
                self.stdout += payload
            else:
                self.stderr_total += len(payload)
                self.stderr_tail += payload
                del self.stderr_tail[:-STDERR_KEEP_BYTES]


class CpuMeter:
    """A container's CPU time, read on the host from its cgroup (cgroup v1 or v2).

    The host's own reading, unlike anything the container reports, can be
    trusted; and CPU time, unlike wall time, barely moves when other work
    shares the machine.  ``seconds()`` is None where the cgroup cannot be read.
    """

    def __init__(self, container_id: str):
        self.candidates = [
            (f"/sys/fs/cgroup/cpuacct/docker/{container_id}/cpuacct.usage", "ns"),
            (f"/sys/fs/cgroup/cpu,cpuacct/docker/{container_id}/cpuacct.usage", "ns"),
            (f"/sys/fs/cgroup/system.slice/docker-{container_id}.scope/cpu.stat", "stat"),
            (f"/sys/fs/cgroup/docker/{container_id}/cpu.stat", "stat"),
        ]
        self.path: str | None = None
        self.kind: str | None = None

    def seconds(self) -> float | None:
        if self.path is None:  # the cgroup exists once the container runs: look for it then
            self.path, self.kind = next(((p, k) for p, k in self.candidates if os.path.exists(p)), (None, None))
        if self.path is None:
            return None
        try:
            with open(self.path) as handle:
                text = handle.read()
        except OSError:
            return None
        if self.kind == "ns":
            return int(text) / 1e9
        for line in text.splitlines():
            if line.startswith("usage_usec "):
                return int(line.split()[1]) / 1e6
        return None


class OomCounter:
    """How many processes the OOM killer has killed in a container, read on the host from its memory cgroup.

    Both cgroup versions count kills (v1's ``memory.oom_control`` since Linux
    4.13, v2's ``memory.events``) while the container runs, so the host can ask
    without stopping it.  ``kills()`` is None where the cgroup cannot be read.
    """

    def __init__(self, container_id: str):
        self.candidates = [
            f"/sys/fs/cgroup/memory/docker/{container_id}/memory.oom_control",
            f"/sys/fs/cgroup/system.slice/docker-{container_id}.scope/memory.events",
            f"/sys/fs/cgroup/docker/{container_id}/memory.events",
        ]

    def kills(self) -> int | None:
        for path in self.candidates:
            try:
                with open(path) as handle:
                    text = handle.read()
            except OSError:
                continue
            for line in text.splitlines():
                key, _, value = line.partition(" ")
                if key == "oom_kill" and value.strip().isdigit():
                    return int(value)
        return None


class Sandbox:
    """A started sandbox container; use as a context manager so it is always removed."""

    def __init__(self, client, image: SandboxImage, limits: Limits = Limits(), submission_dir: str | None = None,
                 max_answer_bytes: int = 16 << 20):
        self.client = client
        self.image = image
        self.limits = limits
        self.submission_dir = submission_dir
        self.max_answer_bytes = max_answer_bytes
        self.container_id: str | None = None
        self._sock = None
        self._raw: socket.socket | None = None
        self._stream = _Stream()
        self._dead: Fault | None = None
        self._meter: CpuMeter | None = None
        self._cpu_budget: tuple[float, float] | None = None
        self._deadline_s = 0.0
        self.last_cpu_s: float | None = None
        self._greeted = False  # the runner's one HELLO line is read before the first answer
        # called with the container id instead of removing it (see close)
        self.on_close: Callable[[str], None] | None = None

    # -- lifecycle ---------------------------------------------------------
    def start(self) -> Sandbox:
        """Create and start the container, then wait for the runner's greeting.

        No submission code has run before the greeting, so a container that cannot start the runner
        (a broken image, an engine that cannot start it) is the judge's problem: EnvironmentProblem,
        never a verdict against the submission.
        """
        api = self.client.api
        with signals_held():  # see there: the id is kept before any interrupt unwinds
            self.container_id = api.create_container(
                **create_arguments(self.client, self.image, self.limits, self.submission_dir))["Id"]
        self._meter = CpuMeter(self.container_id)
        self._sock = api.attach_socket(self.container_id, params={"stdin": 1, "stdout": 1, "stderr": 1, "stream": 1})
        self._raw = getattr(self._sock, "_sock", self._sock)
        try:
            api.start(self.container_id)
        except Exception as exc:  # an engine API error; it names the OCI runtime when the image is broken
            explanation = str(getattr(exc, "explanation", None) or "")
            if "OCI runtime" not in explanation and "exec:" not in explanation:
                raise  # the engine failed us, not the image: the caller reports an engine failure
            said = explanation[explanation.find("exec:"):] if "exec:" in explanation else explanation
            raise EnvironmentProblem(f"the sandbox did not start ({said[:200]})", START_FIX) from None
        try:
            hello = self._read_line(time.monotonic() + START_TIMEOUT_S)
        except _Stop as stop:
            said = (stop.fault.stderr_tail.strip().splitlines() or [stop.fault.detail])[-1][:200]
            raise EnvironmentProblem(f"the sandbox did not start ({said})", START_FIX) from None
        if hello != HELLO:
            raise EnvironmentProblem("the sandbox did not start (its runner did not greet)", START_FIX)
        self._greeted = True
        return self

    def adopt(self, container_id: str) -> Sandbox:
        """Take over a running container whose runner is still waiting for its first request (a warm one)."""
        self.container_id = container_id
        self._meter = CpuMeter(container_id)
        self._sock = self.client.api.attach_socket(container_id, params={"stdin": 1, "stdout": 1, "stderr": 1,
                                                                         "stream": 1})
        self._raw = getattr(self._sock, "_sock", self._sock)
        return self

    def close(self):
        """Hang up and remove the container; with ``on_close`` set, hang up and hand its id over instead
        (a warm pool has it removed after the verdict; see judge/sandbox/warm.py)."""
        self._hang_up()
        if self.container_id is not None:
            if self.on_close is not None:
                self.on_close(self.container_id)
            else:
                remove_container(self.client, self.container_id)
            self.container_id = None

    def _hang_up(self):
        """Close the attach stream for good.

        ``shutdown`` acts on the socket itself, whoever else holds a reference to it (the SDK's response
        object does; closing the SDK's wrapper does not close the socket).  It must come before a kill:
        the engine's copier blocks writing unread output to this stream, and while it is blocked the
        engine holds the container's exit, so a kill or a removal would wait on it (observed: 60 s each
        for one 100 MB write).
        """
        for sock in (self._raw, self._sock):
            if sock is None:
                continue
            try:
                if hasattr(sock, "shutdown"):
                    sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            try:
                sock.close()
            except OSError:
                pass

    def __enter__(self):
        try:
            return self if self.container_id is not None else self.start()  # adopted ones already run
        except BaseException:
            self.close()
            raise

    def __exit__(self, *exc):
        self.close()

    # -- requests ----------------------------------------------------------
    @property
    def dead(self) -> bool:
        """Whether the container stopped answering (killed at a limit, exited): it takes no more requests."""
        return self._dead is not None

    @property
    def cpu_metered(self) -> bool:
        """Whether the host can read this container's CPU time (then requests may carry a CPU limit)."""
        return self._meter is not None and self._meter.seconds() is not None

    def request(self, message: dict | str, deadline_s: float, cpu_limit_s: float | None = None) -> dict | Fault:
        """Send one request; return its answer or the fault that stopped it.

        ``message`` is a dict, or the JSON text of one (the host's own, on one line: prepared arguments
        are sent as the text they are cached as).  ``deadline_s`` is wall-clock; with ``cpu_limit_s`` the
        container is also killed as soon as the CPU time it spends on this request passes that limit.
        ``last_cpu_s`` is then the CPU time it spent.
        """
        if self._dead is not None:
            return self._dead
        deadline = time.monotonic() + deadline_s
        self._deadline_s = deadline_s
        cpu_start = self._meter.seconds() if cpu_limit_s is not None and self._meter else None
        self._cpu_budget = (cpu_start, cpu_limit_s) if cpu_start is not None and cpu_limit_s is not None else None
        text = message if isinstance(message, str) else json.dumps(message, allow_nan=False, separators=(",", ":"))
        if "\n" in text:
            raise ValueError("a request must be one line of JSON")  # the host's bug, not the submission's
        line = (text + "\n").encode()
        try:
            self._send(line, deadline)
            answer = self._read_line(deadline)
            if answer == HELLO and not self._greeted:  # a container started elsewhere: greeted us late
                self._greeted = True
                answer = self._read_line(deadline)
        except _Stop as stop:
            self._dead = stop.fault
            return stop.fault
        finally:
            end = self._meter.seconds() if cpu_start is not None and self._meter else None
            # None: gone, or not metered
            self.last_cpu_s = end - cpu_start if end is not None and cpu_start is not None else None
        return answer

    def request_many(self, lines: list[str], deadline_s: float, cpu_limit_s: float | None, on_answer) -> None:
        """Send requests with several in flight, saving a round trip each; their answers, in order.

        ``lines`` are the host's own JSON texts, one line each.  The runner takes one request at a time,
        so each answer gets ``request``'s limits counted from the previous answer: ``deadline_s`` of wall
        clock, ``cpu_limit_s`` of the container's CPU.  At most ``PIPELINE_BYTES`` of requests are in
        flight, which the socket buffers hold, so sending never waits on a container that waits on us.
        Each answer goes to ``on_answer(answer, cpu_s, elapsed_s)`` (``cpu_s`` None where not metered); once
        it returns false nothing more is sent, and the answers already in flight are read and dropped, so
        the channel stays in step for later requests.  A fault is the last answer passed (the sandbox is
        then dead).
        """
        encoded = [(text + "\n").encode() for text in lines]
        if any(b"\n" in line[:-1] for line in encoded):
            raise ValueError("a request must be one line of JSON")  # the host's bug, not the submission's
        in_flight: collections.deque[int] = collections.deque()
        sent = 0
        stopped = False
        self._deadline_s = deadline_s
        last = time.monotonic()
        cpu_last = self._meter.seconds() if cpu_limit_s is not None and self._meter else None
        while True:
            while (not stopped and sent < len(encoded)
                   and (not in_flight or sum(in_flight) + len(encoded[sent]) <= PIPELINE_BYTES)):
                if self._dead is not None:
                    on_answer(self._dead, None, 0.0)
                    return
                try:
                    self._send(encoded[sent], last + deadline_s)
                except _Stop as stop:
                    self._dead = stop.fault
                    on_answer(stop.fault, None, time.monotonic() - last)
                    return
                in_flight.append(len(encoded[sent]))
                sent += 1
            if not in_flight:
                return
            self._cpu_budget = (cpu_last, cpu_limit_s) if cpu_last is not None and cpu_limit_s is not None else None
            answer: dict | Fault
            try:
                answer = self._read_line(last + deadline_s)
                if answer == HELLO and not self._greeted:  # a container started elsewhere: greeted us late
                    self._greeted = True
                    answer = self._read_line(last + deadline_s)
            except _Stop as stop:
                self._dead = stop.fault
                answer = stop.fault
            now = time.monotonic()
            cpu_now = self._meter.seconds() if cpu_last is not None and self._meter else None
            cpu_spent = cpu_now - cpu_last if cpu_now is not None and cpu_last is not None else None
            in_flight.popleft()
            if not stopped:
                stopped = not on_answer(answer, cpu_spent, now - last)
            if isinstance(answer, Fault):
                return
            last, cpu_last = now, cpu_now

    def _cpu_exceeded(self) -> bool:
        if self._cpu_budget is None:
            return False
        start, limit = self._cpu_budget
        assert self._meter is not None  # a CPU budget is set only where the meter reads
        now = self._meter.seconds()
        return now is not None and now - start > limit

    def _send(self, data: bytes, deadline: float):
        assert self._raw is not None  # set by start() or adopt()
        view = memoryview(data)
        while view:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise _Stop(self._kill(FaultKind.WALL_LIMIT, "the sandbox did not take its input before the deadline"))
            _, writable, _ = select.select([], [self._raw], [], remaining)
            if not writable:
                continue
            try:
                sent = self._raw.send(view[: 1 << 16])
            except (BrokenPipeError, ConnectionError, OSError):
                raise _Stop(self._exited()) from None
            view = view[sent:]

    def _read_line(self, deadline: float) -> dict:
        assert self._raw is not None  # set by start() or adopt()
        stream = self._stream
        while True:
            newline = stream.stdout.find(b"\n")
            if newline >= 0:
                with memoryview(stream.stdout) as view:
                    raw_line = bytes(view[:newline])  # one copy, not two: answers may be many MB
                del stream.stdout[: newline + 1]
                return self._parse(raw_line)
            if len(stream.stdout) > self.max_answer_bytes:
                raise _Stop(self._kill(FaultKind.OUTPUT_LIMIT, f"an answer larger than {self.max_answer_bytes} bytes"))
            if stream.stderr_total > STDERR_LIMIT_BYTES:
                raise _Stop(self._kill(FaultKind.OUTPUT_LIMIT, f"more than {STDERR_LIMIT_BYTES >> 20} MB of output"))
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                said = f"no answer within {self._deadline_s:g} s of wall-clock time"
                raise _Stop(self._kill(FaultKind.WALL_LIMIT, said))
            if self._cpu_exceeded():
                raise _Stop(self._kill(FaultKind.CPU_LIMIT, "CPU time over the limit"))
            poll = remaining if self._cpu_budget is None else min(remaining, CPU_POLL_S)
            readable, _, _ = select.select([self._raw], [], [], poll)
            if not readable:
                continue
            try:
                data = self._raw.recv(1 << 16)
            except (ConnectionError, OSError):
                data = b""
            if not data:
                raise _Stop(self._exited())
            stream.feed(data)

    def _parse(self, raw_line: bytes) -> dict:
        if (raw_line.count(b",") >= MAX_ANSWER_VALUES
                or raw_line.count(b"[") + raw_line.count(b"{") > MAX_ANSWER_CONTAINERS):
            raise _Stop(self._kill(FaultKind.OUTPUT_LIMIT, f"an answer with more than {MAX_ANSWER_VALUES} values "
                                                   f"or {MAX_ANSWER_CONTAINERS} lists"))
        try:
            answer = json.loads(raw_line.decode("utf-8"), parse_constant=_reject_constant)
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:  # RecursionError: nested too deep
            raise _Stop(self._kill(FaultKind.MALFORMED, f"an answer that is not JSON ({type(exc).__name__})")) from None
        if not isinstance(answer, dict):
            raise _Stop(self._kill(FaultKind.MALFORMED, "an answer that is not a JSON object"))
        return answer

    def drain(self, quiet_s: float = 0.1, cap_s: float = 0.5):
        """Take in output still on its way (stdout and stderr travel separately) until ``quiet_s`` passes
        without any, for at most ``cap_s``; bounded like every read."""
        until = time.monotonic() + cap_s
        assert self._raw is not None  # set by start() or adopt()
        try:
            while time.monotonic() < until and select.select([self._raw], [], [], quiet_s)[0]:
                data = self._raw.recv(1 << 16)
                if not data:
                    break
                self._stream.feed(data)
        except (OSError, ValueError):  # ValueError: the stream was hung up after a fault
            pass

    def unread_output(self) -> bool:
        """True when the container wrote protocol data that no request asked for (fail closed)."""
        self.drain(quiet_s=0.0)  # what has arrived, without waiting for more
        return bool(self._stream.stdout.strip())

    def oom_killed(self) -> bool:
        """Whether the OOM killer struck any process in this container.

        A submission can fork a child that is killed for memory while the runner itself answers every
        request, so the answers alone do not show it.  The container's memory cgroup counts kills, read
        on the host while it runs.  Where that cannot be read, the container is stopped: the engine
        records an OOM kill on the container's state only when it exits, hence the kill and wait; its
        event log is asked as well, since engines differ in which processes the state flag covers.
        Engine errors propagate: a run whose memory cannot be checked is not judged.
        """
        kills = OomCounter(self.container_id).kills() if self.container_id else None
        if kills is not None:
            return kills > 0
        api = self.client.api
        self._hang_up()
        try:
            api.kill(self.container_id)
        except Exception:  # noqa: BLE001  (already exited: the wait below still answers)
            pass
        api.wait(self.container_id, timeout=10)
        info = api.inspect_container(self.container_id)
        if info["State"].get("OOMKilled"):
            return True
        window = {"since": _engine_time(info.get("Created")), "until": _engine_time(info["State"].get("FinishedAt"))}
        if None in window.values():
            return False
        events = api.events(**window, filters={"container": self.container_id, "event": "oom"}, decode=True)
        try:
            return any(True for _ in events)
        finally:
            events.close()

    def stderr_tail(self) -> str:
        return self._stream.stderr_tail.decode("utf-8", errors="replace")

    # -- faults ------------------------------------------------------------
    def _kill(self, kind: FaultKind, detail: str) -> Fault:
        self._hang_up()  # first: unread output must not hold up the kill (see _hang_up)
        try:
            self.client.api.kill(self.container_id)
        except Exception:  # noqa: BLE001  (already gone is fine: close() removes it)
            pass
        return Fault(kind, detail, stderr_tail=self.stderr_tail())

    def _exited(self) -> Fault:
        """The stream ended: find out how the container's process ended."""
        exit_code, oom = None, False
        try:
            exit_code = self.client.api.wait(self.container_id, timeout=10).get("StatusCode")
            state = self.client.api.inspect_container(self.container_id)["State"]
            oom = bool(state.get("OOMKilled"))
        except Exception:  # noqa: BLE001
            pass
        return Fault(FaultKind.EXITED, _ending(exit_code), exit_code, oom, self.stderr_tail())


class _Stop(Exception):
    def __init__(self, fault: Fault):
        self.fault = fault


def _reject_constant(name):
    raise ValueError(f"JSON constant {name} is not allowed")


def _ending(exit_code) -> str:
    """How the runner ended, in words: exit codes past 128 are the engine's way of naming a fatal signal."""
    if isinstance(exit_code, int) and 128 < exit_code < 128 + 65:
        try:
            return f"the sandbox process was killed by {signal.Signals(exit_code - 128).name} (exit code {exit_code})"
        except ValueError:
            pass
    return f"the sandbox process ended (exit code {exit_code})"


def _engine_time(stamp) -> str | None:
    """An engine RFC 3339 UTC time ("2026-01-02T03:04:05.123456789Z") as "seconds.nanoseconds" (the events API's
    form, in the engine's own clock), or None for an unset or unreadable one."""
    from datetime import datetime

    if not isinstance(stamp, str) or not stamp.endswith("Z") or stamp.startswith("0001-"):
        return None
    whole, _, fraction = stamp[:-1].partition(".")
    try:
        seconds = int(datetime.fromisoformat(whole).replace(tzinfo=UTC).timestamp())
    except ValueError:
        return None
    digits = (fraction if fraction.isdigit() else "").ljust(9, "0")[:9]
    return f"{seconds}.{digits}"


@contextmanager
def signals_held(signums=(signal.SIGINT, signal.SIGTERM, signal.SIGHUP)):
    """Hold Ctrl-C, SIGTERM and SIGHUP until the block ends, then act on them.

    Around a container's creation and the line that keeps its id: an interrupt that landed while the
    engine created it would otherwise unwind before anyone held the id, leaving a created container that
    nothing removes (seen once, under `judge watch`).  A second signal of a kind while held acts at once,
    so a hung engine never traps the user.
    """
    if threading.current_thread() is not threading.main_thread():  # only the main thread has handlers
        yield
        return
    held: list[int] = []
    previous = {signum: signal.getsignal(signum) for signum in signums}

    def hold(signum, frame):
        if signum in held and callable(previous[signum]):
            previous[signum](signum, frame)
        held.append(signum)

    for signum in signums:
        signal.signal(signum, hold)
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler if handler is not None else signal.SIG_DFL)
        for signum in dict.fromkeys(held):
            signal.raise_signal(signum)


REMOVE_ATTEMPTS = 3


def remove_container(client, container_id: str):
    """Remove a container, whatever state it is in; an engine error is retried twice, then left to the sweep.

    The retry is for a race in the engine: a forced removal that meets the container exiting on its own
    (its guard ends it as soon as the judge hangs up) fails with "Could not kill running container ...
    is not running" and leaves it "Removal In Progress" until someone asks again (seen once in about a
    thousand containers); asking again removes it at once.
    """
    for attempt in range(REMOVE_ATTEMPTS):
        try:
            client.api.remove_container(container_id, force=True, v=True)
            return
        except Exception as exc:  # noqa: BLE001  (the engine's errors; a missing container is already gone)
            if getattr(exc, "status_code", None) == 404:
                return
            time.sleep(0.05 * (attempt + 1))


def sweep_stale_containers(client) -> int:
    """Remove this host's sandbox containers whose judge process is gone.

    Liveness, not age, decides: a clock set ahead (or a slow run) must never
    remove a container that another judge process is still using.  Containers
    started from other hosts sharing the engine are left to their owners.
    """
    removed = 0
    host = socket.gethostname()
    for info in client.api.containers(all=True, filters={"label": SANDBOX_LABEL}):
        labels = info.get("Labels") or {}
        if labels.get(OWNER_HOST_LABEL) != host:
            continue
        claimer = next((pid for pid in map(claimed_by, info.get("Names", [])) if pid is not None), None)
        if claimer is not None:
            owner_alive = pid_alive(str(claimer))  # a claimed warm container belongs to its claimer
        elif (until := waiting_until(labels)) is not None:
            # A warm container waits while running and wanted; before its start, its creator owns it.
            owner_alive = ((info.get("State") == "running" and until >= time.time())
                           or (info.get("State") == "created" and pid_alive(labels.get(OWNER_PID_LABEL))))
        else:
            owner_alive = pid_alive(labels.get(OWNER_PID_LABEL))
        if owner_alive:
            continue
        remove_container(client, info["Id"])
        removed += 1
    return removed


def pid_alive(pid: str | None) -> bool:
    if pid is None:
        return False
    try:
        os.kill(int(pid), 0)
    except (TypeError, ValueError, ProcessLookupError):
        return False
    except PermissionError:
        return True
    return True
