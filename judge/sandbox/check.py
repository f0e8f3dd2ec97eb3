"""`judge sandbox check`: is the engine up, is the image built, does a smoke submission run?"""

from __future__ import annotations

import time
from typing import Any

from judge.errors import EXIT_ENVIRONMENT, JudgeError

SMOKE_SOURCE = """
import sys, numpy
def probe(n):
    return [sys.version.split()[0], numpy.__version__, sum(range(n))]
"""


def check_sandbox() -> dict:
    """A status dict: ok, engine, image, image_present, python, numpy, smoke_s (and error, fix when not ok)."""
    from judge.sandbox.container import Fault, Sandbox
    from judge.sandbox.engine import connect
    from judge.sandbox.image import image_present, image_tag

    status: dict[str, Any] = {"ok": False, "engine": False, "image": image_tag(), "image_present": False,
              "python": None, "numpy": None, "smoke_s": None}
    try:
        client = connect()
        status["engine"] = client.version().get("Version", True)
        status["image_present"] = image_present(client, status["image"])
        if not status["image_present"]:
            raise JudgeError(f"sandbox image {status['image']} is not built", "run `judge sandbox build`")
        started = time.monotonic()
        with Sandbox(client, status["image"]) as sandbox:
            loaded = sandbox.request({"op": "load", "source": SMOKE_SOURCE, "entry": "probe", "numpy": True}, 10)
            call = {"op": "call", "id": 1, "args": [1000]}
            answer = loaded if isinstance(loaded, Fault) else sandbox.request(call, 5)
        if isinstance(answer, Fault) or not answer.get("ok") or answer.get("value", [None] * 3)[2] != 499500:
            raise JudgeError(f"the smoke submission failed ({getattr(answer, 'detail', answer)})",
                             "rebuild with `judge sandbox build --force`")
        status["python"], status["numpy"], _ = answer["value"]
        status["smoke_s"] = round(time.monotonic() - started, 3)
        status["ok"] = True
    except JudgeError as exc:
        status["error"] = exc.message
        status["fix"] = exc.fix
        status["exit_code"] = EXIT_ENVIRONMENT
    return status
