"""The cohort service's processes for the tests (fixtures in conftest.py): `judge serve` and `judge worker`
started as a user starts them, each in its own process group, ended whole."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def judge_cli(*args, env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "judge", *map(str, args)], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=timeout)


@dataclass
class Service:
    """`judge serve` and `judge worker` processes for one test; ``stop_all`` ends every one of them."""

    db_url: str
    broker_url: str
    root: Path
    url: str = ""
    processes: dict[str, subprocess.Popen] = field(default_factory=dict)

    def start(self, name: str, *args: str) -> subprocess.Popen:
        home = self.root / name
        home.mkdir(parents=True, exist_ok=True)
        log = open(self.root / f"{name}.log", "wb")  # noqa: SIM115 - closed with the process
        process = subprocess.Popen([sys.executable, "-m", "judge", *args], stdout=log, stderr=subprocess.STDOUT,
                                   env={**os.environ, "JUDGE_HOME": str(home)}, start_new_session=True)
        self.processes[name] = process
        return process

    def serve(self, sweep_after: float = 600, port: int | None = None) -> str:
        """Start the API (on ``port``, to restart it where its clients know it; else a free one)."""
        port = port or free_port()
        self.start("api", "serve", "--db", self.db_url, "--broker", self.broker_url, "--port", str(port),
                   "--sweep-after", str(sweep_after))
        self.url = f"http://127.0.0.1:{port}"
        self.wait_for(lambda: _answers(self.url), "the API to answer", "api")
        return self.url

    def worker(self, name: str, concurrency: int = 1) -> subprocess.Popen:
        process = self.start(name, "worker", "--db", self.db_url, "--broker", self.broker_url,
                             "--concurrency", str(concurrency))
        self.wait_for(lambda: b" ready." in (self.root / f"{name}.log").read_bytes(), f"{name} to be ready", name)
        return process

    def log(self, name: str) -> str:
        return (self.root / f"{name}.log").read_text(errors="replace")

    def wait_for(self, condition, what: str, name: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            process = self.processes[name]
            if process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"waited for {what}; its log:\n{self.log(name)[-3000:]}")
            time.sleep(0.2)

    def kill(self, name: str, signum: int = signal.SIGKILL) -> None:
        """Signal the process's whole group (a worker and its pool processes), then reap it."""
        process = self.processes.pop(name)
        try:
            os.killpg(process.pid, signum)
        except ProcessLookupError:
            pass
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=30)

    def stop(self, name: str, timeout: float = 90) -> None:
        """SIGTERM to the main process only, as `kill PID`, `docker stop` or systemd's KillMode=mixed send it:
        a worker's warm shutdown (the grading under way finishes); then reap it."""
        process = self.processes.pop(name)
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=timeout)

    def stop_all(self) -> None:
        for name in list(self.processes):
            self.kill(name, signal.SIGTERM)


def _answers(url: str) -> bool:
    import httpx

    try:
        return httpx.get(f"{url}/v1/health", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def add_user(service_db: str, name: str, admin: bool = False) -> str:
    """`judge users add` as an admin runs it: the token, alone on the last line."""
    proc = judge_cli("users", "add", name, "--db", service_db, *(["--admin"] if admin else []))
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip().splitlines()[-1]


def postgres_bin() -> Path | None:
    """The newest PostgreSQL's programs folder (Debian's layout), or None."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    return found[-1].parent if found else None


def owned_folder(prefix: str) -> Path:
    """A temporary folder PostgreSQL may write to (as root, its programs run as the postgres user)."""
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix=prefix))
    folder.chmod(0o755)
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    return folder


def as_postgres(argv: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: as root, run its programs as the postgres user."""
    return ["runuser", "-u", "postgres", "--", *argv] if os.geteuid() == 0 else argv


@dataclass
class PrivatePostgres:
    """A PostgreSQL server of one test's own (its data directory, its port, loopback only), so that
    stopping and starting it disturbs no other test.  ``bin_dir`` holds initdb and pg_ctl."""

    bin_dir: Path
    data: Path
    port: int = field(default_factory=free_port)

    @property
    def url(self) -> str:
        return f"postgresql://judge@127.0.0.1:{self.port}/judge"

    def init(self) -> None:
        """initdb: a superuser judge, trusted on loopback."""
        subprocess.run(as_postgres([str(self.bin_dir / "initdb"), "-D", str(self.data), "-U", "judge",
                                     "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C"]),
                       check=True, capture_output=True, timeout=120)

    def create_database(self) -> None:
        """The database judge (the URL's), on a running server."""
        subprocess.run(as_postgres([str(self.bin_dir / "psql"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "judge",
                                    "-d", "postgres", "-qAtc", "CREATE DATABASE judge"]),
                       check=True, capture_output=True, timeout=60)

    def start(self) -> None:
        options = (f"-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off")
        subprocess.run(as_postgres([str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-l",
                                     str(self.data / "server.log"), "-o", options, "-w", "-t", "60", "start"]),
                       check=True, capture_output=True, timeout=90)

    def stop(self) -> None:
        """A fast shutdown: every client is disconnected at once, as when the server restarts."""
        subprocess.run(as_postgres([str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w",
                                     "-t", "60", "stop"]), check=True, capture_output=True, timeout=90)


@dataclass
class PrivateRedis:
    """A redis-server of one test's own on a free loopback port, keeping nothing on disk: a restart
    loses every queued message, the harshest restart there is."""

    folder: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        log = open(self.folder / "redis.log", "ab")  # noqa: SIM115 - closed with the process
        self.process = subprocess.Popen(["redis-server", "--port", str(self.port), "--bind", "127.0.0.1",
                                         "--save", "", "--appendonly", "no", "--dir", str(self.folder)],
                                        stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + 30
        while True:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as sock:
                    sock.sendall(b"PING\r\n")
                    if sock.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                pass
            assert self.process.poll() is None and time.monotonic() < deadline, "redis-server did not start"
            time.sleep(0.1)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)
        self.process = None


def sandbox_containers_left(client, timeout: float) -> list:
    """This run's sandbox containers still there after up to ``timeout`` seconds (a worker that stops
    discards its warm container; a session's is removed by a detached helper after the verdict)."""
    from judge.sandbox.policy import RUN_LABEL

    deadline = time.monotonic() + timeout
    while True:
        left = client.api.containers(all=True, filters={"label": f"{RUN_LABEL}={os.environ['JUDGE_RUN_ID']}"})
        if not left or time.monotonic() > deadline:
            return left
        time.sleep(0.5)
