"""The CLI's side of the service: where it is (JUDGE_SERVER and JUDGE_TOKEN, else what `judge login` saved),
and the requests, each failure a one-line JudgeError (never a traceback)."""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from judge.errors import EXIT_ENVIRONMENT, EnvironmentProblem, JudgeError, UsageError
from judge.paths import data_dir

LOGIN_FILE = "server.json"
POLL_S = 0.2
FIRST_POLL_S = 0.05  # a warm grading takes a few tenths of a second: look early, then every POLL_S
WAIT_S = 15.0  # each request waits this long on the service for the state to move on (below the HTTP timeout)
WAIT_LIMIT_S = 900.0  # a verdict not in by then: the client stops waiting and names the submission


class RemoteError(JudgeError):
    """An error the service reported: its own message, fix and exit code."""

    def __init__(self, message: str, fix: str | None, exit_code: int):
        self.exit_code = exit_code
        super().__init__(message, fix)


@dataclass(frozen=True)
class Server:
    url: str
    token: str


def login_path() -> Path:
    return data_dir() / LOGIN_FILE


def configured_server() -> Server | None:
    """The service to talk to, or None: the CLI works locally, as it always has."""
    url, token = os.environ.get("JUDGE_SERVER"), os.environ.get("JUDGE_TOKEN")
    if url and token:
        return Server(url.rstrip("/"), token)
    if url or token:
        raise UsageError("JUDGE_SERVER and JUDGE_TOKEN go together", "set both, or neither to work locally")
    try:
        saved = json.loads(login_path().read_text())
        return Server(saved["url"].rstrip("/"), saved["token"])
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError):
        raise UsageError(f"{login_path()} is not what `judge login` writes",
                         "run `judge login URL` again, or remove the file") from None


def save_login(server: Server) -> Path:
    path = login_path()
    path.write_text(json.dumps({"url": server.url, "token": server.token}))
    path.chmod(0o600)
    return path


class Client:
    def __init__(self, server: Server, timeout_s: float = 30.0):
        import httpx

        self.server = server
        self.http = httpx.Client(base_url=server.url, timeout=timeout_s,
                                 headers={"Authorization": f"Bearer {server.token}"})

    def close(self) -> None:
        self.http.close()

    def request(self, method: str, path: str, **kwargs) -> dict:
        import httpx

        try:
            response = self.http.request(method, path, **kwargs)
        except httpx.HTTPError as exc:
            raise EnvironmentProblem(f"the judge service at {self.server.url} did not answer ({type(exc).__name__})",
                                     "check JUDGE_SERVER, or try again in a minute") from None
        try:
            body = response.json()
        except ValueError:
            body = None
        if response.status_code >= 400:
            if isinstance(body, dict) and "error" in body:
                raise RemoteError(str(body["error"]), body.get("fix"), int(body.get("exit_code", EXIT_ENVIRONMENT)))
            raise EnvironmentProblem(f"the judge service answered HTTP {response.status_code}",
                                     "try again in a minute; if it persists, tell the service's admin")
        if not isinstance(body, dict):
            raise EnvironmentProblem("the judge service answered something that is not JSON", "check JUDGE_SERVER")
        return body

    def submit(self, upload: dict) -> int:
        return int(self.request("POST", "/v1/submissions", json=upload)["submission_id"])

    def wait(self, submission_id: int, until_state: str, on_state=None) -> dict:
        """Wait until the submission reaches ``until_state`` (graded, or complete); ``on_state`` sees each
        new state.  Each request waits on the service until the state moves on (judge/service/changes.py); one
        that answers sooner with nothing new (a service that does not wait) is asked again after a pause, as
        polling would.  A service, or a part of it (503: its database), that is down meanwhile is waited for."""
        order = ["pending", "graded", "complete"]
        deadline = time.monotonic() + WAIT_LIMIT_S
        seen = None
        pause = FIRST_POLL_S
        while True:
            asked = time.monotonic()
            try:
                state = self.request("GET", f"/v1/submissions/{submission_id}",
                                     params={} if seen is None else {"seen": seen, "wait": WAIT_S})
            except JudgeError as exc:
                if exc.exit_code != EXIT_ENVIRONMENT or time.monotonic() > deadline:
                    raise
                time.sleep(1.0)
                continue
            moved = state["state"] != seen
            if moved:
                seen = state["state"]
                if on_state is not None:
                    on_state(state)
            if order.index(state["state"]) >= order.index(until_state):
                return state
            if time.monotonic() > deadline:
                raise EnvironmentProblem(f"submission {submission_id} has no verdict after {WAIT_LIMIT_S:.0f} s",
                                         "the service's workers may be down; ask its admin")
            if not moved and time.monotonic() - asked < WAIT_S / 2:  # the service did not wait: poll
                time.sleep(pause)
                pause = min(pause * 2, POLL_S)
