"""The runner inside the sandbox container: executes one request at a time.

It reads requests as JSON lines on stdin and writes exactly one JSON line per
request to the protocol channel, a private duplicate of the original stdout.
Before any user code runs, file descriptor 1 is pointed at stderr and
``sys.stdout`` at a per-call capture, so nothing the submission prints can
land on the protocol channel by accident.  A submission that writes there on
purpose can only claim a return value (which it could have returned anyway);
the host accepts exactly one answer per request, with the request's id, and
treats anything else as a fault.  Nothing here decides a verdict.

Requests and answers::

    {"op": "load", "path": "/submission/solution.py" | "source": "...",
     "entry": "two_sum_sorted", "aliases": ["twoSum"], "kind": "function",
     "numpy": false}
        -> {"op": "load", "ok": true}
         | {"op": "load", "ok": false, "error": {...}}
    {"op": "call", "id": 3, "args": [...], "returns_arg": null}
        -> {"op": "call", "id": 3, "ok": true, "value": ..., "stdout": "...",
            "stdout_chars": 12, "cpu_s": 0.01}
         | {"op": "call", "id": 3, "ok": false, "error": {...}, "stdout": ...}

An error is ``{"kind": ..., "type": ..., "message": ..., "line": ...,
"traceback": [[line, function, text], ...]}`` with ``kind`` one of
``compile_error``, ``runtime_error``, ``memory_limit``, ``output_limit``.
"""

import collections
import io
import json
import linecache
import os
import sys
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import submission  # noqa: E402  (baked in beside this file)
import wire  # noqa: E402

STDOUT_KEEP_CHARS = 4096  # how much printed output travels back per call
STDOUT_LIMIT_CHARS = 1 << 20  # printing more than this in one call is output_limit
RECURSION_LIMIT = 200_000
NODE_CLASSES = {"ListNode": wire.ListNode, "TreeNode": wire.TreeNode}


class OutputLimitExceeded(BaseException):
    """Raised inside print() once a call has printed too much; BaseException so `except Exception` misses it."""


class CappedCapture(io.TextIOBase):
    """sys.stdout for one call: keeps the first few KB, counts the rest, stops a flood."""

    def __init__(self):
        self.kept = []
        self.kept_chars = 0
        self.total = 0

    def writable(self):
        return True

    def write(self, text):
        text = str(text)
        self.total += len(text)
        if self.kept_chars < STDOUT_KEEP_CHARS:
            piece = text[: STDOUT_KEEP_CHARS - self.kept_chars]
            self.kept.append(piece)
            self.kept_chars += len(piece)
        if self.total > STDOUT_LIMIT_CHARS:
            raise OutputLimitExceeded()
        return len(text)

    def text(self):
        return "".join(self.kept)


def user_traceback(exc, keep=20):
    """The innermost ``keep`` frames of the submission's own code, as [line, function, text].

    Walked by hand: ``traceback.extract_tb`` works out source positions for every frame before any
    limit applies, which takes most of a second for a 200 000-deep RecursionError and turned it into
    a time limit.  Only the frames kept are looked up.
    """
    innermost = collections.deque(maxlen=10 * keep)
    append, tb = innermost.append, exc.__traceback__
    while tb is not None:  # nothing is looked up per frame here
        append(tb)
        tb = tb.tb_next
    mine = [tb for tb in innermost if tb.tb_frame.f_code.co_filename == submission.SOLUTION_FILENAME][-keep:]
    frames = [(tb.tb_lineno, tb.tb_frame.f_code.co_name) for tb in mine]  # tb_lineno is computed on access
    return [[line, name, linecache.getline(submission.SOLUTION_FILENAME, line).strip() if line else ""]
            for line, name in frames]


def describe_error(exc):
    if isinstance(exc, OutputLimitExceeded):
        kind = "output_limit"
    elif isinstance(exc, MemoryError):
        kind = "memory_limit"
    else:
        kind = "runtime_error"
    frames = user_traceback(exc)
    message = str(exc)
    if isinstance(exc, OutputLimitExceeded):
        message = f"printed more than {STDOUT_LIMIT_CHARS} characters in one call"
    return {
        "kind": kind,
        "type": type(exc).__name__,
        "message": message[:2000],
        "line": frames[-1][0] if frames else None,
        "traceback": frames[-20:],
    }


class Runner:
    def __init__(self, proto):
        self.proto = proto
        self.target = None
        self.kind = "function"

    def send(self, message):
        self.proto.write(json.dumps(message, allow_nan=False, separators=(",", ":")) + "\n")
        self.proto.flush()

    def load(self, request):
        if "source" in request:
            source = request["source"]
        else:
            with open(request["path"], encoding="utf-8", errors="replace") as handle:
                source = handle.read()
        filename = submission.SOLUTION_FILENAME
        linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
        if request.get("numpy"):
            import numpy  # noqa: F401  (import cost is not the submission's)
        try:
            code = submission.compile_source(source, filename)
        except SyntaxError as exc:
            return {"ok": False, "error": {
                "kind": "compile_error", "type": type(exc).__name__, "message": exc.msg,
                "line": exc.lineno, "text": (exc.text or "").rstrip()[:500], "traceback": [],
            }}
        capture = CappedCapture()
        sys.stdout = capture
        try:
            namespace = submission.load_namespace(code, NODE_CLASSES)
        except BaseException as exc:  # noqa: BLE001  (SystemExit included: it is the submission's)
            return {"ok": False, "error": describe_error(exc), "stdout": capture.text()}
        finally:
            sys.stdout = sys.__stdout__
        try:
            self.kind = request.get("kind", "function")
            self.target = submission.resolve_entry(namespace, request["entry"], request.get("aliases", []), self.kind)
        except submission.EntryNotFound as exc:
            return {"ok": False, "error": {
                "kind": "compile_error", "type": "EntryNotFound", "message": str(exc), "line": None, "traceback": [],
            }}
        return {"ok": True}

    def call(self, request):
        args = wire.decode(request["args"], live=True)
        capture = CappedCapture()
        sys.stdout = capture
        started = time.process_time()
        try:
            value = submission.invoke(self.target, args, self.kind, request.get("returns_arg"))
            encoded = wire.encode(value)
        except wire.UnencodableValue as exc:
            return {"ok": False, "error": {"kind": "runtime_error", "type": "UnjudgeableReturnValue",
                                           "message": str(exc), "line": None, "traceback": []},
                    "stdout": capture.text(), "stdout_chars": capture.total}
        except BaseException as exc:  # noqa: BLE001
            return {"ok": False, "error": describe_error(exc), "stdout": capture.text(), "stdout_chars": capture.total}
        finally:
            sys.stdout = sys.__stdout__
        return {"ok": True, "value": encoded, "stdout": capture.text(), "stdout_chars": capture.total,
                "cpu_s": round(time.process_time() - started, 6)}

    def serve(self, requests):
        for line in requests:
            request = json.loads(line)
            op = request.get("op")
            if op == "load":
                answer = self.load(request)
            elif op == "call" and self.target is not None:
                answer = self.call(request)
                answer["id"] = request["id"]
            else:
                answer = {"ok": False, "error": {"kind": "protocol", "message": f"unexpected op {op!r}"}}
            answer["op"] = op
            self.send(answer)


def main():
    proto = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = sys.__stdout__ = io.TextIOWrapper(os.fdopen(1, "wb", closefd=False), encoding="utf-8")
    requests = io.TextIOWrapper(os.fdopen(os.dup(0), "rb"), encoding="utf-8")
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    sys.stdin = io.StringIO("")
    sys.setrecursionlimit(RECURSION_LIMIT)
    runner = Runner(proto)
    # Greet before reading any request: the host takes a container that never greets for a broken image
    # (its problem), not for a failing submission; no submission code can have run yet.
    runner.send({"op": "hello"})
    runner.serve(requests)


if __name__ == "__main__":
    main()
