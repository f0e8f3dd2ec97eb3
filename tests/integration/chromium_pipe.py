"""Load a page in headless Chromium and read what its DevTools say (a helper; holds no tests).

Chromium is driven over the DevTools protocol through ``--remote-debugging-pipe``: commands go to the
browser's file descriptor 3 and replies and events come back on 4, each a JSON text ended by a NUL byte, so
no WebSocket library and no downloaded browser are needed (Debian's ``chromium`` package).  What is
collected is what the DevTools console would show: console.error/assert calls, uncaught exceptions, and the
browser's own error entries (a resource that failed to load, a blocked request).
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
WIDTH = 1100


@dataclass
class PageLoad:
    errors: list[str] = field(default_factory=list)  # console errors, exceptions, failed loads
    screenshot: bytes = b""  # PNG of the whole page
    height: int = 0


class DevTools:
    def __init__(self, profile: Path):
        commands_read, self._commands = os.pipe()
        self._replies, replies_write = os.pipe()

        def as_fds_3_and_4():  # the descriptors --remote-debugging-pipe talks on
            # Moved above 10 first: either end may itself be 3 or 4, and dup2 onto itself keeps close-on-exec.
            high_read, high_write = fcntl.fcntl(commands_read, fcntl.F_DUPFD, 10), fcntl.fcntl(
                replies_write, fcntl.F_DUPFD, 10)
            os.dup2(high_read, 3)
            os.dup2(high_write, 4)

        self.process = subprocess.Popen(
            [CHROMIUM, "--headless", "--remote-debugging-pipe", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--hide-scrollbars", "--mute-audio", f"--user-data-dir={profile}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, close_fds=False, preexec_fn=as_fds_3_and_4)
        os.close(commands_read)
        os.close(replies_write)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict] = []

    def send(self, method: str, params: dict | None = None, session: str | None = None, timeout: float = 30) -> dict:
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._commands, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            for reply in self._read(deadline):
                if reply.get("id") == self._next_id:
                    if "error" in reply:
                        raise RuntimeError(f"{method}: {reply['error']}")
                    return reply["result"]
                self.events.append(reply)

    def wait_for(self, method: str, timeout: float = 30) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            for index, event in enumerate(self.events):
                if event.get("method") == method:
                    return self.events.pop(index)
            self.events.extend(self._read(deadline))

    def _read(self, deadline: float) -> list[dict]:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("chromium did not answer in time")
        ready, _, _ = select.select([self._replies], [], [], remaining)
        if not ready:
            return []
        chunk = os.read(self._replies, 1 << 20)
        if not chunk:
            raise RuntimeError(f"chromium closed its DevTools pipe (exit {self.process.poll()})")
        self._buffer += chunk
        *messages, self._buffer = self._buffer.split(b"\0")
        return [json.loads(m) for m in messages if m]

    def close(self) -> None:
        try:
            self.send("Browser.close", timeout=10)
        except (RuntimeError, TimeoutError, OSError):
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._commands)
        os.close(self._replies)


def _error_text(event: dict) -> str | None:
    method, params = event.get("method"), event.get("params", {})
    if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
        return "console." + params["type"] + ": " + " ".join(str(a.get("value", a.get("description", "")))
                                                            for a in params.get("args", []))
    if method == "Runtime.exceptionThrown":
        details = params.get("exceptionDetails", {})
        return "exception: " + details.get("exception", {}).get("description", details.get("text", ""))
    if method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
        entry = params["entry"]
        return f"{entry.get('source')}: {entry.get('text')} {entry.get('url', '')}".strip()
    return None


def load(page: Path, profile: Path, settle_s: float = 0.5) -> PageLoad:
    """Open ``page`` (a file), wait for its load event, and return its errors and a whole-page screenshot."""
    tools = DevTools(profile)
    try:
        target = tools.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = tools.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Runtime", "Log", "Page"):
            tools.send(f"{domain}.enable", session=session)
        tools.send("Emulation.setDeviceMetricsOverride",
                   {"width": WIDTH, "height": 900, "deviceScaleFactor": 1, "mobile": False}, session=session)
        tools.send("Page.navigate", {"url": page.resolve().as_uri()}, session=session)
        tools.wait_for("Page.loadEventFired")
        time.sleep(settle_s)  # late console messages and failed loads arrive as events
        tools.send("Runtime.evaluate", {"expression": "1"}, session=session)  # drains what came meanwhile
        height = int(tools.send("Page.getLayoutMetrics", session=session)["cssContentSize"]["height"])
        tools.send("Emulation.setDeviceMetricsOverride",
                   {"width": WIDTH, "height": height, "deviceScaleFactor": 1, "mobile": False}, session=session)
        shot = tools.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True},
                          session=session, timeout=60)
        errors = [text for text in map(_error_text, tools.events) if text]
        return PageLoad(errors=errors, screenshot=base64.b64decode(shot["data"]), height=height)
    finally:
        tools.close()
