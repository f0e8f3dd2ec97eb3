"""`judge sandbox check`: is the engine up, is each runtime's image built, does its smoke submission run?"""

from __future__ import annotations

import time
from typing import Any

from judge.errors import EXIT_ENVIRONMENT, JudgeError
from judge.sandbox.container import Fault, Sandbox
from judge.sandbox.engine import connect
from judge.sandbox.image import build_fix, image_present, image_tag
from judge.sandbox.policy import Limits
from judge.sandbox.runtimes import Runtime, SandboxImage

SMOKE_LIMIT_S = 10  # loading the smoke submission: a cold start on a busy machine


def check_runtime(client, runtime: Runtime) -> dict:
    """One runtime's status: runtime, image, image_present, versions (what its smoke entry returned),
    smoke_s, ok (and error, fix when not ok)."""
    status: dict[str, Any] = {"runtime": runtime.name, "ok": False, "image": image_tag(runtime),
                              "image_present": False, "versions": {}, "smoke_s": None}
    try:
        status["image_present"] = image_present(client, status["image"])
        if not status["image_present"]:
            raise JudgeError(f"sandbox image {status['image']} is not built", build_fix(runtime))
        started = time.monotonic()
        with Sandbox(client, SandboxImage(runtime, status["image"]), Limits(memory_mb=runtime.memory_mb)) as sandbox:
            loaded = sandbox.request({"op": "load", "source": runtime.smoke.source, "entry": runtime.smoke.entry},
                                     SMOKE_LIMIT_S)
            answer = loaded if isinstance(loaded, Fault) or not loaded.get("ok") else \
                sandbox.request({"op": "call", "id": 1, "args": []}, SMOKE_LIMIT_S)
        versions = answer.get("value", {}).get("$dict") if isinstance(answer, dict) and answer.get("ok") else None
        if not (isinstance(versions, list) and versions
                and all(isinstance(k, str) and isinstance(v, str) for k, v in versions)):
            said = getattr(answer, "detail", None) or (answer.get("error") or {}).get("message") or answer
            raise JudgeError(f"the {runtime.name} smoke submission failed ({str(said)[:200]})",
                             f"rebuild with `judge sandbox build --runtime {runtime.name} --force`")
        status["versions"] = dict(versions)
        status["smoke_s"] = round(time.monotonic() - started, 3)
        status["ok"] = True
    except JudgeError as exc:
        status["error"] = exc.message
        status["fix"] = exc.fix
    return status


def check_sandbox(runtimes: list[Runtime]) -> dict:
    """A status dict: ok, engine, runtimes (one ``check_runtime`` each), and, for the first runtime (the
    python one unless others were asked for), its image, image_present, smoke_s and versions at the top
    level as before runtimes existed (python, numpy)."""
    status: dict[str, Any] = {"ok": False, "engine": False, "runtimes": []}
    try:
        client = connect()
    except JudgeError as exc:
        first = runtimes[0]
        status.update(image=image_tag(first), image_present=False, smoke_s=None, error=exc.message, fix=exc.fix,
                      exit_code=EXIT_ENVIRONMENT)
        return status
    try:
        status["engine"] = client.version().get("Version", True)
        status["runtimes"] = [check_runtime(client, runtime) for runtime in runtimes]
    finally:
        client.close()
    first = status["runtimes"][0]
    status.update({key: first[key] for key in ("image", "image_present", "smoke_s")}, **first["versions"])
    status["ok"] = all(r["ok"] for r in status["runtimes"])
    failed = next((r for r in status["runtimes"] if not r["ok"]), None)
    if failed is not None:
        status.update(error=failed["error"], fix=failed["fix"], exit_code=EXIT_ENVIRONMENT)
    return status
