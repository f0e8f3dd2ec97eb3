"""A problem's reference solution run in a trusted container of its runtime, for hosts that cannot run it.

The pytorch runtime's references need torch, which the host does not import (runtime.toml:
``reference_on_host = false``).  ``ContainerReference`` starts one container of the runtime's image for the
reference alone (never the submission's), loads the reference's source into it and answers calls: the
arguments go over the wire as a submission's do, the answer comes back through the same codec and is
decoded on the host.  The container is hardened like any other (the code is trusted, the policy is not
relaxed for it); ``reference_for`` keeps one per runtime and reference source for the life of the process
(``close_all`` ends them; the judge's exit does too).  Its answers are cached with the prepared
hidden cases and the recorded property examples (judge/grading/prepared.py, properties.py), so a problem
version starts it once.
"""

from __future__ import annotations

import atexit
import json
import threading
from dataclasses import dataclass

from judge.errors import EnvironmentProblem
from judge.sandbox import wire
from judge.sandbox.container import Fault, Sandbox
from judge.sandbox.engine import connect
from judge.sandbox.image import require_image
from judge.sandbox.policy import Limits
from judge.sandbox.runtimes import Runtime

CALL_LIMIT_S = 60.0  # a reference on a max-size input, on a busy machine; generous: the code is trusted
REFERENCE_LIMITS = Limits(memory_mb=2048, pids=64)


class ReferenceFailed(RuntimeError):
    """The reference raised, or its container failed: the pack's problem, reported as such by the caller."""


@dataclass(frozen=True)
class ReferenceSource:
    """What to load: the reference's source and how its entry is found and called."""

    source: str
    entry: str
    aliases: tuple[str, ...]
    kind: str
    returns_arg: int | None
    harness: str | None = None  # the problem's harness.py: builds the entry's arguments in the container


class ContainerReference:
    """The reference of one problem, loaded in a container of ``runtime``, started on the first call."""

    def __init__(self, runtime: Runtime, reference: ReferenceSource):
        self.runtime = runtime
        self.reference = reference
        self._sandbox: Sandbox | None = None
        self._client = None
        self._next_id = 0
        self._lock = threading.Lock()  # property recording runs in a thread beside the hidden cases

    def answer(self, args: list):
        """The reference's answer on ``args``, decoded as the host decodes answers (tensors as TensorValue)."""
        with self._lock:
            sandbox = self._started()
            self._next_id += 1
            line = json.dumps({"op": "call", "id": self._next_id, "args": wire.encode(list(args)),
                               "returns_arg": self.reference.returns_arg}, allow_nan=False, separators=(",", ":"))
            answer = sandbox.request(line, CALL_LIMIT_S)
            if isinstance(answer, Fault):
                self.close()
                raise ReferenceFailed(f"its container failed ({answer.detail})")
            if not answer.get("ok"):
                error = answer.get("error") or {}
                raise ReferenceFailed(f"{error.get('type', 'error')}: {error.get('message', '')}"[:500])
            return wire.decode(answer.get("value"), tags=self.runtime.wire_tags)

    def _started(self) -> Sandbox:
        if self._sandbox is not None:
            return self._sandbox
        self._client = connect()
        sandbox = Sandbox(self._client, require_image(self._client, self.runtime), REFERENCE_LIMITS,
                          max_answer_bytes=256 << 20)
        sandbox.start()
        reference = self.reference
        loaded = sandbox.request({"op": "load", "source": reference.source, "entry": reference.entry,
                                  "aliases": list(reference.aliases), "kind": reference.kind,
                                  "harness": reference.harness}, CALL_LIMIT_S)
        if isinstance(loaded, Fault) or not loaded.get("ok"):
            sandbox.close()
            said = loaded.detail if isinstance(loaded, Fault) else (loaded.get("error") or {}).get("message")
            raise EnvironmentProblem(f"the reference did not load in its {self.runtime.name} container ({said})",
                                     "fix reference.py, or rebuild the image with `judge sandbox build --all`")
        self._sandbox = sandbox
        return sandbox

    def close(self) -> None:
        if self._sandbox is not None:
            self._sandbox.close()
            self._sandbox = None
        if self._client is not None:
            self._client.close()
            self._client = None


_RUNNING: dict[tuple[str, ReferenceSource], ContainerReference] = {}
_RUNNING_LOCK = threading.Lock()


def reference_for(runtime: Runtime, reference: ReferenceSource) -> ContainerReference:
    """The one ``ContainerReference`` of this process for ``reference`` in ``runtime`` (started on first use)."""
    with _RUNNING_LOCK:
        key = (runtime.name, reference)
        if key not in _RUNNING:
            _RUNNING[key] = ContainerReference(runtime, reference)
        return _RUNNING[key]


def close_all() -> None:
    """End every reference container this process started."""
    with _RUNNING_LOCK:
        running = list(_RUNNING.values())
        _RUNNING.clear()
    for reference in running:
        reference.close()


atexit.register(close_all)
