"""The adversarial battery's harness: judge one hostile submission and prove the host did not change.

``HostGuard.judge`` grades a submission from ``submissions/`` through the real engine, in this process,
and records while it runs:

* every file the judge process (any thread) creates, writes, renames, removes or re-permissions, from
  Python's audit hooks, so it is attributed to the judge and not to whatever else runs on the machine;
* the peak of the judge's Python heap (tracemalloc), which holds everything it reads from the container;
* the containers it created, from the engine's event log (filtered by this test run's label);
* optionally, host processes whose command line carries the test's canary.

``HostGuard.assert_host_unchanged`` then checks: no container of this run exists, no host process lives in
one of those containers' cgroups or carries the canary, the test process has no new children, and every
write landed inside JUDGE_HOME (``__pycache__`` aside: that is the interpreter, not the judge).

The judge process carries a canary secret in its environment while judging; submissions that look for
secrets look for that value.
"""

from __future__ import annotations

import copy
import os
import shutil
import sys
import threading
import time
import tracemalloc
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SUBMISSIONS = HERE / "submissions"
REPO = HERE.parent.parent
CANARY_ENV = "DRILL_JUDGE_TEST_SECRET"
TARGET = "two-sum-ii"
PROPERTY_EXAMPLES = 10  # the attacks that end accepted run the property phase too; its depth is not their subject

# -- the audit recorder ---------------------------------------------------------------------------------
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
# event -> (indexes of the path arguments it writes, index of its dir_fd argument or None)
_PATH_EVENTS = {
    "os.mkdir": ((0,), 2), "os.rmdir": ((0,), 1), "os.remove": ((0,), 1), "os.rename": ((0, 1), 2),
    "os.replace": ((0, 1), 2), "os.symlink": ((1,), 2), "os.link": ((1,), 3), "os.chmod": ((0,), 2),
    "os.chown": ((0,), 3), "os.utime": ((0,), 3), "os.truncate": ((0,), None), "os.mkfifo": ((0,), 2),
    "os.mknod": ((0,), 3), "os.setxattr": ((0,), None), "os.removexattr": ((0,), None),
    "shutil.rmtree": ((0,), 1), "shutil.copyfile": ((1,), None), "shutil.copymode": ((1,), None),
    "shutil.copystat": ((1,), None), "shutil.move": ((0, 1), None), "shutil.chown": ((0,), None),
    "tempfile.mkstemp": ((0,), None), "tempfile.mkdtemp": ((0,), None), "sqlite3.connect": ((0,), None),
}
_recording: list | None = None


def _where(path, dir_fd):
    """An absolute path for an audited path argument, resolved against its dir_fd or the working dir."""
    path = os.fsdecode(path)
    if os.path.isabs(path):
        return path
    base = os.getcwd()
    if isinstance(dir_fd, int) and dir_fd >= 0:
        try:
            base = os.readlink(f"/proc/self/fd/{dir_fd}")
        except OSError:
            base = f"<fd {dir_fd}>"
    return os.path.join(base, path)


def _audit(event, args):
    recording = _recording
    if recording is None:
        return
    if event == "open":
        path, mode, flags = (tuple(args) + (None, None))[:3]
        writes = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            isinstance(flags, int) and flags & _WRITE_FLAGS)
        if writes and isinstance(path, (str, bytes, os.PathLike)):
            recording.append((event, _where(path, None)))
        return
    spec = _PATH_EVENTS.get(event)
    if spec is None:
        return
    indexes, fd_index = spec
    dir_fd = args[fd_index] if fd_index is not None and fd_index < len(args) else None
    for i in indexes:
        if i < len(args) and isinstance(args[i], (str, bytes, os.PathLike)):
            recording.append((event, _where(args[i], dir_fd)))


sys.addaudithook(_audit)  # audit hooks cannot be removed; this one does nothing unless recording


def _inside(path: str, root: Path) -> bool:
    """Whether the directory entry ``path`` lives inside ``root`` (its parent resolved, symlinks included)."""
    parent = os.path.realpath(os.path.dirname(path))
    entry = os.path.join(parent, os.path.basename(path))
    root_real = os.path.realpath(root)
    return entry == root_real or entry.startswith(root_real + os.sep)


# -- host processes -------------------------------------------------------------------------------------
def _processes():
    """{pid: (ppid, cmdline bytes, cgroup text)} for every process this host shows."""
    table = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as handle:
                stat = handle.read()
            with open(f"/proc/{name}/cmdline", "rb") as handle:
                cmdline = handle.read()
            with open(f"/proc/{name}/cgroup", "rb") as handle:
                cgroup = handle.read().decode(errors="replace")
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2:].split()[1])
        table[int(name)] = (ppid, cmdline, cgroup)
    return table


def _descendants(table, root: int) -> set[int]:
    found, frontier = set(), {root}
    while frontier:
        frontier = {pid for pid, (ppid, _, _) in table.items() if ppid in frontier} - found
        found |= frontier
    return found


class _Watcher(threading.Thread):
    """Notes, every 50 ms, the host processes whose command line carries ``token``."""

    def __init__(self, token: bytes):
        super().__init__(daemon=True)
        self.token, self.seen, self.stop = token, set(), threading.Event()

    def run(self):
        while not self.stop.is_set():
            for name in os.listdir("/proc"):
                try:
                    with open(f"/proc/{name}/cmdline", "rb") as handle:
                        if self.token in handle.read():
                            self.seen.add(int(name))
                except (OSError, ValueError):
                    continue
            self.stop.wait(0.05)


class _CreatedContainers(threading.Thread):
    """The ids of containers this test run creates, from the engine's live event stream.

    Live, not looked up afterwards: the engine keeps only its last few hundred events, and on a busy
    engine a long judging outlives them.  The stream is subscribed before this returns, so no create
    event of the judging that follows is missed.
    """

    def __init__(self):
        from judge.sandbox.engine import connect
        from judge.sandbox.policy import RUN_LABEL

        super().__init__(daemon=True)
        self.ids: set[str] = set()
        self.client = connect()  # its own connection: the stream holds one open
        self.events = self.client.api.events(decode=True, filters={
            "type": "container", "event": "create", "label": f"{RUN_LABEL}={os.environ['JUDGE_RUN_ID']}"})
        self.start()

    def run(self):
        try:
            for event in self.events:
                self.ids.add(event["id"])
        except Exception:  # noqa: BLE001  (the stream was closed by stop())
            pass

    def stop(self):
        time.sleep(0.2)  # let the last events arrive
        self.events.close()
        self.join(5)
        self.client.close()


# -- the guard ------------------------------------------------------------------------------------------
@dataclass
class Judged:
    report: object
    elapsed_s: float
    heap_peak_bytes: int
    writes: list = field(default_factory=list)
    containers: set = field(default_factory=set)
    canary_processes_seen: set = field(default_factory=set)


class HostGuard:
    def __init__(self, client, image, judge_home: Path, monkeypatch):
        self.client, self.image, self.home, self.monkeypatch = client, image, judge_home, monkeypatch
        self.token = f"drilljudgecanary{uuid.uuid4().hex}"
        self.host_path = judge_home / f"unpickled-{self.token}"
        self.judged: list[Judged] = []
        self._children_before = _descendants(_processes(), os.getpid())

    def source(self, name: str) -> str:
        text = (SUBMISSIONS / f"{name}.py").read_text()
        return (text.replace("@CANARY@", self.token).replace("@GATEWAY@", bridge_gateway(self.client))
                .replace("@HOST_PATH@", str(self.host_path)))

    def judge(self, name: str, *, time_s: float | None = None, watch: bool = False, heap: bool = True) -> Judged:
        """Grade submissions/<name>.py against the target problem, recording what the judge does."""
        global _recording
        from judge.grading.grader import GradeRequest, grade
        from judge.packs.loader import find_problem

        problem = find_problem(TARGET)
        if time_s is not None:  # a searching attack gets time to search: its subject is not the clock
            problem = copy.copy(problem)
            problem.limits = replace(problem.limits, time_s=time_s)
        source = self.source(name)
        self.monkeypatch.setenv(CANARY_ENV, self.token)
        watcher = _Watcher(self.token.encode()) if watch else None
        if watcher:
            watcher.start()
        writes: list = []
        created = _CreatedContainers()
        if heap:
            tracemalloc.start()
        _recording = writes
        started = time.monotonic()
        try:
            report = grade(GradeRequest(self.client, self.image, problem, source, database_dir=self.home / "hypothesis",
                           cache_dir=self.home / "prepared", property_examples=PROPERTY_EXAMPLES))
        finally:
            elapsed = time.monotonic() - started
            _recording = None
            peak = tracemalloc.get_traced_memory()[1] if heap else 0
            tracemalloc.stop()
            self.monkeypatch.delenv(CANARY_ENV)
            if watcher:
                watcher.stop.set()
                watcher.join()
            created.stop()
        judged = Judged(report, elapsed, peak, writes, created.ids, watcher.seen if watcher else set())
        self.judged.append(judged)
        return judged

    def assert_host_unchanged(self):
        import docker

        from judge.sandbox.policy import RUN_LABEL

        left = self.client.api.containers(all=True, filters={"label": f"{RUN_LABEL}={os.environ['JUDGE_RUN_ID']}"})
        assert left == [], f"containers left behind: {[c['Id'][:12] for c in left]}"
        table = _processes()
        for judged in self.judged:
            assert judged.containers, "the engine's event log shows no container for this judging"
            for container_id in judged.containers:
                with pytest.raises(docker.errors.NotFound):
                    self.client.api.inspect_container(container_id)
                inside = [pid for pid, (_, _, cgroup) in table.items() if container_id in cgroup]
                assert inside == [], f"host processes still in container {container_id[:12]}: {inside}"
            outside = [(event, path) for event, path in judged.writes
                       if not _inside(path, self.home) and "__pycache__" not in path
                       and not path.startswith("/dev/")]
            assert outside == [], f"the judge wrote outside JUDGE_HOME: {outside}"
        carriers = [pid for pid, (_, cmdline, _) in table.items()
                    if self.token.encode() in cmdline and pid != os.getpid()]
        assert carriers == [], f"host processes carrying the canary: {carriers}"
        new_children = _descendants(table, os.getpid()) - self._children_before
        assert new_children == set(), f"the judge left child processes: {new_children}"
        staging = self.home / "staging"
        assert not staging.exists() or list(staging.iterdir()) == [], "a staged submission was left behind"
        for place in (Path("/"), Path("/tmp"), Path.home(), REPO, self.home):
            assert not (place / self.token).exists(), f"a file named by the submission appeared in {place}"
        assert not self.host_path.exists(), "something unpickled the submission's payload on the host"


_gateway: list[str] = []


def bridge_gateway(client) -> str:
    """The address of the Docker bridge gateway on this host: the nearest door to the host from a container."""
    if not _gateway:
        try:
            config = client.api.inspect_network("bridge")["IPAM"]["Config"]
            _gateway.append(next(c["Gateway"] for c in config if c.get("Gateway")))
        except Exception:  # noqa: BLE001  (no bridge network: the usual default address)
            _gateway.append("172.17.0.1")
    return _gateway[0]


@pytest.fixture(scope="module", autouse=True)
def only_the_target_problem(tmp_path_factory):
    """Load only the target problem's pack (a copy of its pack.toml and a link to the problem), so problem
    packs being written elsewhere in the checkout cannot break the battery; the CLI inherits it."""
    root = tmp_path_factory.mktemp("problems")
    source_pack = REPO / "problems" / "two-pointers"
    (root / source_pack.name).mkdir()
    shutil.copy(source_pack / "pack.toml", root / source_pack.name / "pack.toml")
    (root / source_pack.name / TARGET).symlink_to(source_pack / TARGET)
    before = os.environ.get("JUDGE_PROBLEMS")
    os.environ["JUDGE_PROBLEMS"] = str(root)
    yield root
    if before is None:
        os.environ.pop("JUDGE_PROBLEMS", None)
    else:
        os.environ["JUDGE_PROBLEMS"] = before


@pytest.fixture(scope="module")
def warm_judge(engine, only_the_target_problem, tmp_path_factory):
    """Judge one plain submission first, so lazy imports and the interpreter's bytecode caches are written
    before any recording starts; return the engine and the hidden cases it prepared."""
    from judge.grading.grader import GradeRequest, grade
    from judge.packs.loader import find_problem

    client, image = engine
    home = tmp_path_factory.mktemp("warm-home")
    before = os.environ.get("JUDGE_HOME")
    os.environ["JUDGE_HOME"] = str(home)  # module scope runs outside any test's own JUDGE_HOME
    try:
        grade(GradeRequest(client, image, find_problem(TARGET), "def two_sum_sorted(numbers, target):\n    return [0, 0]\n",
              database_dir=home / "hypothesis", cache_dir=home / "prepared"))
    finally:
        if before is None:
            os.environ.pop("JUDGE_HOME", None)
        else:
            os.environ["JUDGE_HOME"] = before
    return engine, home / "prepared"


@pytest.fixture
def guard(warm_judge, judge_home, monkeypatch):
    (client, image), prepared = warm_judge
    shutil.copytree(prepared, judge_home / "prepared")  # the hidden cases, prepared once for the module
    host_guard = HostGuard(client, image, judge_home, monkeypatch)
    yield host_guard
    host_guard.assert_host_unchanged()
