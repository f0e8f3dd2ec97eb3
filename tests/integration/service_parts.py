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

    def serve(self, sweep_after: float = 600) -> str:
        port = free_port()
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
