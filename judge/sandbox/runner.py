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
     "harness": "..."}   # optional: the problem's harness.py, whose build(args) makes the entry's arguments
        -> {"op": "load", "ok": true}
         | {"op": "load", "ok": false, "error": {...}}
    {"op": "call", "id": 3, "args": [...], "returns_arg": null}
        -> {"op": "call", "id": 3, "ok": true, "value": ..., "stdout": "...",
            "stdout_chars": 12, "cpu_s": 0.01}
         | {"op": "call", "id": 3, "ok": false, "error": {...}, "stdout": ...}

    {"op": "measure", "id": 4, "args": [...], "returns_arg": null, "wrap": true,
     "space": true, "run_budget_s": 0.5, "time_budget_s": 0.05, "repeats": 7}
        -> {"op": "measure", "id": 4, "ok": true, "count": 1787, "depth": 2,
            "wrapped": true, "seeds": 1, "count_cpu_s": 0.001, "peak_bytes": 312,
            "retained_bytes": 88, "space_cpu_s": 0.002, "tensor_peak_bytes": null,
            "tensor_retained_bytes": null, "times_s": [0.0004, ...], "over_budget": null}

    {"op": "retime", "id": 9, "ids": [4, 5, 6], "rounds": 8, "time_budget_s": 0.3, "run_budget_s": 0.5}
        -> {"op": "retime", "id": 9, "ok": true, "times_s": {"4": [0.0004, ...], ...}}

``measure`` runs the loaded entry on one (generated) input three ways, each on
a fresh copy of the input: once under ``sys.monitoring`` for a deterministic
count of Python-level work (loop iterations, function starts and resumptions)
and the deepest call nesting; once under ``tracemalloc`` for the peak heap
(allocations made before the run, the input included, are not traced) and
what the run leaves alive (its output), with the same two figures for memory
that tracemalloc cannot see when the runtime's hooks count it (``space_start``
and ``space_stop``: torch's tensor storages), else null; then ``repeats`` times plainly for
CPU time, stopping early once ``time_budget_s`` is spent.  CPU time is the
thread's clock: while a process CPU timer is armed, Linux serves the process
clock at tick resolution.  With ``wrap`` the counted run sees ints, floats and strs replaced by
subclasses whose comparisons and hashes are Python functions, so comparisons
done in C (``sorted``, ``heapq``, ``bisect``, ``in`` on a list, ``min``, dict and
set look-ups) are counted too, and whose arithmetic returns such values again,
so comparisons of values computed from the input (distances, sums) count as
well.  The counted run starts with ``random`` seeded (0); a submission that
names the random module is counted under ``RANDOM_SEEDS`` seeds, and the
answer's ``count`` is their mean (``seeds`` says how many).  Each run
is cut off by a CPU-time timer after ``run_budget_s``; ``over_budget`` then
names the run that hit it ("count" or "time") and the later runs are skipped.
With ``"keep": true`` the input stays in memory (a pickled copy, at most
``KEEP_INPUT_BYTES`` in all) for ``retime``, which times every kept input
once per round, round after round, until ``rounds`` or ``time_budget_s`` are
spent, then forgets them all.  Timing spread over rounds is what makes the
least time robust: a neighbour that slows the core for 20 ms inflates every
repeat of a burst, but only one round of the interleaved ones.
The traced run is the costliest for code that allocates a lot, so it is
skipped when the request says ``"space": false`` and dropped when it runs
over budget: its three fields are then null and the other runs go on.  The runner only
measures; the host decides what the numbers mean.

An error is ``{"kind": ..., "type": ..., "message": ..., "line": ...,
"traceback": [[line, function, text, times], ...]}`` with ``kind`` one of
``compile_error``, ``runtime_error``, ``memory_limit``, ``output_limit``.
"""

import gc
import importlib
import io
import json
import linecache
import os
import pickle
import random
import signal
import sys
import time
import tracemalloc
import typing

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import guard  # noqa: E402  (baked in beside this file)
import submission  # noqa: E402
import wire  # noqa: E402

STDOUT_KEEP_CHARS = 4096  # how much printed output travels back per call
STDOUT_LIMIT_CHARS = 1 << 20  # printing more than this in one call is output_limit
RECURSION_LIMIT = 200_000
DEFAULT_LIFETIME_S = 1800  # the policy sets DRILL_JUDGE_LIFETIME_S; see guard.py
KEEP_INPUT_BYTES = 24 << 20  # inputs kept for `retime`: a fraction of the smallest memory limit (256 MB)
# NumPy's ufunc buffer during the traced run, in values (NumPy's default is 8192: 64 KB).  Every broadcast or
# cast allocates one buffer of min(array size, the buffer size), so with the default a constant 64 KB grows
# with the input until 8192 values and then stops, bending small sizes' space like O(n) and hiding an O(n)
# solution's own memory under it.  The timed runs keep the default.
SPACE_UFUNC_BUFFER = 16
NODE_CLASSES = {"ListNode": wire.ListNode, "TreeNode": wire.TreeNode}
PRELOAD = [m for m in os.environ.get("DRILL_JUDGE_PRELOAD", "").split(",") if m]  # the runtime's, by the policy
# The runtime's hooks module (runtime.toml `hooks`, baked beside this file), imported in main(): its optional
# startup(), on_load(request), before_call() and after_call() -> error report or None.
HOOKS_MODULE = os.environ.get("DRILL_JUDGE_HOOKS", "")
hooks = None


def hook(name, *args):
    """Call the runtime's hook ``name`` when it has one; None otherwise."""
    function = getattr(hooks, name, None)
    return function(*args) if function is not None else None


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
    """The submission's own frames, innermost last, as [line, function, text, times]: ``times`` is how
    often that frame came in a row (a recursion), so a 100 000-deep one costs one entry, as Python's own
    "[Previous line repeated N more times]" does.  At most the innermost ``keep`` entries.

    Walked by hand: ``traceback.extract_tb`` works out source positions for every frame before any
    limit applies, which takes most of a second for a 200 000-deep RecursionError and turned it into
    a time limit.  Here a frame costs its line number; only the lines of the entries kept are read.
    """
    entries = []  # [line, function, times], outermost first
    tb = exc.__traceback__
    while tb is not None:
        code = tb.tb_frame.f_code
        if code.co_filename == submission.SOLUTION_FILENAME:
            line, name = tb.tb_lineno, code.co_name
            if entries and entries[-1][0] == line and entries[-1][1] == name:
                entries[-1][2] += 1
            else:
                entries.append([line, name, 1])
        tb = tb.tb_next
    return [[line, name, linecache.getline(submission.SOLUTION_FILENAME, line).strip() if line else "", times]
            for line, name, times in entries[-keep:]]


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
        "traceback": frames,
    }


def _names(code):
    """Every name the code (nested functions and classes included) uses: imported modules among them."""
    names = set(code.co_names)
    for const in code.co_consts:
        if isinstance(const, type(code)):
            names |= _names(const)
    return names


class Runner:
    def __init__(self, proto):
        self.proto = proto
        self.target = None
        self.kind = "function"
        self.kept = {}  # measure id -> a function returning a fresh copy of its input, for `retime`
        self.kept_bytes = 0
        self.randomized = False  # the submission names the random module: counted under several seeds

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
        try:
            code = submission.compile_source(source, filename)
        except SyntaxError as exc:
            return {"ok": False, "error": {
                "kind": "compile_error", "type": type(exc).__name__, "message": exc.msg,
                "line": exc.lineno, "text": (exc.text or "").rstrip()[:500], "traceback": [],
            }}
        self.randomized = bool(_names(code) & RANDOM_NAMES)
        harness = None
        if request.get("harness") is not None:  # trusted problem code: builds the entry's arguments from data
            harness_namespace = {"__name__": "harness", "__builtins__": __builtins__}
            exec(compile(request["harness"], "harness.py", "exec", dont_inherit=True), harness_namespace)
            harness = harness_namespace["build"]
        for module in PRELOAD:  # the runtime's heavy modules: importing them is not the submission's cost
            if module in _names(code):
                importlib.import_module(module)
        hook("on_load", request)  # trusted: arms what the problem forbids before the submission's code runs
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
        if harness is not None:
            self.target = submission.with_harness(self.target, harness)
        return {"ok": True}

    def call(self, request):
        args = wire.decode(request["args"], live=True)
        capture = CappedCapture()
        sys.stdout = capture
        started = time.process_time()
        try:
            hook("before_call")
            value = submission.invoke(self.target, args, self.kind, request.get("returns_arg"))
            encoded = wire.encode(value)
        except wire.UnencodableValue as exc:
            return {"ok": False, "error": {"kind": "runtime_error", "type": "UnjudgeableReturnValue",
                                           "message": str(exc), "line": None, "traceback": []},
                    "stdout": capture.text(), "stdout_chars": capture.total}
        except BaseException as exc:  # noqa: BLE001
            refused = hook("after_call")  # a forbidden call named as such, not as the error it raised
            return {"ok": False, "error": refused or describe_error(exc), "stdout": capture.text(),
                    "stdout_chars": capture.total}
        finally:
            sys.stdout = sys.__stdout__
        refused = hook("after_call")  # what the call did that its problem forbids, even if it caught the error
        if refused is not None:
            return {"ok": False, "error": refused, "stdout": capture.text(), "stdout_chars": capture.total}
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
            elif op == "measure" and self.target is not None:
                answer = self.measure(request)
                answer["id"] = request["id"]
            elif op == "retime" and self.target is not None:
                answer = self.retime(request)
                answer["id"] = request["id"]
            else:
                answer = {"ok": False, "error": {"kind": "protocol", "message": f"unexpected op {op!r}"}}
            answer["op"] = op
            self.send(answer)

    # -- complexity measurements -----------------------------------------
    def measure(self, request):
        _keep_freed_memory()
        hook("before_call")
        live = wire.decode(request["args"], live=True)
        fresh, pickled_bytes = _copier(live, request["args"])
        returns_arg = request.get("returns_arg")
        run_budget = float(request.get("run_budget_s", 1.0))
        answer = {"ok": True, "over_budget": None}
        capture = CappedCapture()
        sys.stdout = capture
        try:
            counted = self._count_runs(fresh, returns_arg, run_budget, bool(request.get("wrap")))
            if counted.pop("over_budget"):
                answer.update(counted, over_budget="count")
                return answer
            answer.update(counted)
            answer.update(peak_bytes=None, retained_bytes=None, space_cpu_s=None, tensor_peak_bytes=None,
                          tensor_retained_bytes=None)
            if request.get("space", True):
                answer.update(_space_run(self.target, fresh, self.kind, returns_arg, run_budget))
            answer["times_s"] = _timed_runs(self.target, fresh, self.kind, returns_arg,
                                            TimingBudget(run_budget, float(request.get("time_budget_s", 0.05)),
                                                         max(1, min(50, int(request.get("repeats", 5))))))
            if answer["times_s"] is None:
                answer["over_budget"] = "time"
                answer["times_s"] = []
            elif request.get("keep") and pickled_bytes is not None \
                    and self.kept_bytes + pickled_bytes <= KEEP_INPUT_BYTES:
                self.kept[request["id"]] = fresh
                self.kept_bytes += pickled_bytes
        except MeasurementTampered as exc:
            return {"ok": False, "error": {"kind": "runtime_error", "type": "MeasurementTampered",
                                           "message": str(exc), "line": None, "traceback": []}}
        except BaseException as exc:  # noqa: BLE001
            return {"ok": False, "error": describe_error(exc), "stdout": capture.text()}
        finally:
            sys.stdout = sys.__stdout__
            signal.setitimer(signal.ITIMER_PROF, 0)
        return answer


    def _count_runs(self, fresh, returns_arg, run_budget, wrap):
        """The counted run, under a fixed seed of ``random``; a randomized submission's under several seeds,
        each with its share of the budget, its count the mean (a pivot's luck averages out), its depth the
        deepest."""
        seeds = RANDOM_SEEDS if self.randomized else 1
        runs = []
        for seed in range(seeds):
            random.seed(seed)
            runs.append(_count_run(self.target, fresh, self.kind, returns_arg, run_budget / seeds, wrap))
            if runs[-1]["over_budget"]:
                return runs[-1] | {"seeds": seeds}
        return {"count": round(sum(r["count"] for r in runs) / seeds), "depth": max(r["depth"] for r in runs),
                "wrapped": all(r["wrapped"] for r in runs), "over_budget": False,
                "count_cpu_s": round(sum(r["count_cpu_s"] for r in runs), 6), "seeds": seeds}

    def retime(self, request):
        kept, self.kept, self.kept_bytes = self.kept, {}, 0
        ids = [i for i in request.get("ids", []) if i in kept]
        capture = CappedCapture()
        sys.stdout = capture
        try:
            times = _interleaved_runs(self.target, [kept[i] for i in ids], self.kind, request.get("returns_arg"),
                                      TimingBudget(float(request.get("run_budget_s", 1.0)),
                                                   float(request.get("time_budget_s", 0.1)),
                                                   max(1, min(50, int(request.get("rounds", 5))))))
        except BaseException as exc:  # noqa: BLE001
            return {"ok": False, "error": describe_error(exc), "stdout": capture.text()}
        finally:
            sys.stdout = sys.__stdout__
            signal.setitimer(signal.ITIMER_PROF, 0)
        return {"ok": True, "times_s": {str(i): t for i, t in zip(ids, times) if t}}


# -- measurement helpers ---------------------------------------------------
MONITOR_TOOL = 4  # a sys.monitoring tool id no debugger or coverage tool claims
MONITOR_NAME = "drill-judge-count"


class RunBudgetExceeded(BaseException):
    """Raised by the CPU-time timer when a measured run used its budget (BaseException: `except Exception`
    misses it)."""


class MeasurementTampered(Exception):
    """The submission switched the counter off or took its tool id."""


class _Meter:
    """Counts Python-level work: loop iterations (JUMP), frames started or resumed; tracks the deepest nesting."""

    __slots__ = ("count", "depth", "max_depth")

    def __init__(self):
        self.count = self.depth = self.max_depth = 0

    def step(self, *_):
        self.count += 1

    def enter(self, *_):
        self.count += 1
        self.depth += 1
        if self.depth > self.max_depth:
            self.max_depth = self.depth

    def leave(self, *_):
        self.depth -= 1


_MALLOC_TUNED: list[bool] = []


def _keep_freed_memory():
    """Prepare the process for measuring, once: freeze the collector's view, keep freed memory in the heap.

    glibc's mallopt keeps freed memory in the heap, so repeated runs do not pay fresh page faults.

    Otherwise a NumPy buffer over the mmap threshold is returned to the kernel
    on every free and faulted in again on every run: in a VM that costs more
    than the arithmetic, and it jumps where the threshold is crossed.
    """
    if _MALLOC_TUNED:
        return
    _MALLOC_TUNED.append(True)
    # What exists now (the runner, the submission, NumPy) lives to the end: keep the collector off it, or
    # every collection between runs walks tens of thousands of objects (10 ms with NumPy loaded).
    gc.collect()
    gc.freeze()
    try:
        import ctypes

        libc = ctypes.CDLL(None)
        libc.mallopt(-1, 1 << 30)  # M_TRIM_THRESHOLD: never give the heap's top back
        libc.mallopt(-4, 0)  # M_MMAP_MAX: serve every block from the heap, none from fresh mappings
    except (OSError, AttributeError):  # not glibc: measure as it is
        pass


def _copier(live, encoded):
    """A function returning a fresh copy of the decoded input for each run (runs may mutate it), and the
    bytes it keeps (None when it keeps the request's own decoded JSON instead: not worth keeping longer)."""
    try:
        blob = pickle.dumps(live, protocol=pickle.HIGHEST_PROTOCOL)
        return (lambda: pickle.loads(blob)), len(blob)
    except BaseException:  # noqa: BLE001  (deep linked structures: decode again instead)
        return (lambda: wire.decode(encoded, live=True)), None


ARITHMETIC = ("__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__floordiv__",
              "__rfloordiv__", "__truediv__", "__rtruediv__", "__mod__", "__rmod__", "__pow__", "__rpow__",
              "__neg__", "__pos__", "__abs__", "__and__", "__rand__", "__or__", "__ror__", "__xor__", "__rxor__",
              "__lshift__", "__rshift__")
RANDOM_NAMES = {"random", "randint", "randrange", "choice", "choices", "shuffle", "sample", "uniform",
                "getrandbits", "SystemRandom", "secrets"}
RANDOM_SEEDS = 5  # counted runs of a randomized submission, each under its own seed; their mean is the count


def _counted_type(base):
    """A subclass of ``base`` whose comparisons and hashes are Python functions, so sys.monitoring sees
    each one, and whose arithmetic returns counted values again.

    The arithmetic is what lets C-level work on *derived* values be counted: a
    Dijkstra's distances are sums of input weights, and heapq compares them; a
    grid search's efforts are differences of input heights.  Each comparison,
    hash and arithmetic operation on a counted value is one step, as the
    bytecode that did it on a plain value would have been a part of one.
    """

    def compare(name):
        method = getattr(base, name)
        return lambda self, other: method(self, other)

    def arithmetic(name):
        method = getattr(base, name)

        def operate(self, *other):
            result = method(self, *other)
            counted = _COUNTED.get(type(result))
            return counted(result) if counted is not None else result

        return operate

    base_hash = base.__hash__
    namespace = {"__slots__": (), "__hash__": lambda self: base_hash(self), "__module__": "solution"}
    for name in ("__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"):
        namespace[name] = compare(name)
    if base is not str:  # a str's + and * build new text: not the arithmetic whose results get compared
        for name in ARITHMETIC:
            if hasattr(base, name):
                namespace[name] = arithmetic(name)
    return type(base.__name__, (base,), namespace)


_COUNTED: dict = {}
_COUNTED.update({int: _counted_type(int), float: _counted_type(float), str: _counted_type(str)})


def _wrap(value, depth=0):
    kind = type(value)
    if kind in _COUNTED:
        return _COUNTED[kind](value)
    if depth > wire.MAX_DEPTH:
        return value
    if kind is list:
        return [_wrap(v, depth + 1) for v in value]
    if kind is tuple:
        return tuple(_wrap(v, depth + 1) for v in value)
    if kind in (wire.ListNode, wire.TreeNode):
        stack, seen = [value], set()
        while stack:
            node = stack.pop()
            if node is None or id(node) in seen:
                continue
            seen.add(id(node))
            node.val = _wrap(node.val, depth + 1)
            stack.extend((node.next,) if kind is wire.ListNode else (node.left, node.right))
    return value


def _on_budget(signum, frame):
    raise RunBudgetExceeded()


def _arm(budget_s):
    """Start the CPU-time timer; it fires again every 50 ms, so catching the exception does not escape it."""
    signal.signal(signal.SIGPROF, _on_budget)
    signal.setitimer(signal.ITIMER_PROF, max(budget_s, 0.001), 0.05)


def _disarm():
    signal.setitimer(signal.ITIMER_PROF, 0)


def _count_run(target, fresh, kind, returns_arg, budget_s, wrap):
    """One run under sys.monitoring; wrapped values first, plain ones if the submission rejects the wrappers."""
    first_error = None
    for wrapped in ((True, False) if wrap else (False,)):
        args = _wrap(fresh()) if wrapped else fresh()
        meter = _Meter()
        monitoring, events = sys.monitoring, sys.monitoring.events
        monitoring.use_tool_id(MONITOR_TOOL, MONITOR_NAME)
        wanted = (events.JUMP | events.PY_START | events.PY_RESUME | events.PY_THROW | events.PY_RETURN
                  | events.PY_YIELD | events.PY_UNWIND)
        for event, callback in ((events.JUMP, meter.step), (events.PY_START, meter.enter),
                                (events.PY_RESUME, meter.enter), (events.PY_THROW, meter.enter),
                                (events.PY_RETURN, meter.leave), (events.PY_YIELD, meter.leave),
                                (events.PY_UNWIND, meter.leave)):
            monitoring.register_callback(MONITOR_TOOL, event, callback)
        gc.collect()
        over, error = False, None
        started = time.thread_time()
        try:
            try:
                _arm(budget_s)
                monitoring.set_events(MONITOR_TOOL, wanted)
                submission.invoke(target, args, kind, returns_arg)
            finally:
                _disarm()  # a signal delivered before this returns raises here: still inside the excepts below
        except RunBudgetExceeded:
            over = True
        except Exception as exc:  # noqa: BLE001  (retry unwrapped: the wrappers may be what it rejects)
            error = exc
        finally:
            tampered = (monitoring.get_tool(MONITOR_TOOL) != MONITOR_NAME
                        or monitoring.get_events(MONITOR_TOOL) != wanted)
            if monitoring.get_tool(MONITOR_TOOL) == MONITOR_NAME:
                monitoring.set_events(MONITOR_TOOL, 0)
                monitoring.free_tool_id(MONITOR_TOOL)
        if error is not None:
            if wrapped:
                first_error = error
                continue
            raise (first_error or error) from None
        if tampered:
            raise MeasurementTampered("the submission changed sys.monitoring while it was being measured")
        return {"count": meter.count, "depth": meter.max_depth, "wrapped": wrapped, "over_budget": over,
                "count_cpu_s": round(time.thread_time() - started, 6)}
    raise first_error


def _space_run(target, fresh, kind, returns_arg, budget_s):
    """The heap peak of one run, and what it left alive; all None when it ran over budget."""
    args = fresh()
    numpy = sys.modules.get("numpy")  # loaded only when the submission names it (PRELOAD)
    default_buffer = numpy.setbufsize(SPACE_UFUNC_BUFFER) if numpy is not None else None
    gc.collect()
    started = time.thread_time()
    tracemalloc.start()
    hook("space_start")  # memory that tracemalloc cannot see (torch's allocator): the runtime's hooks count it
    tensors = None
    try:
        _arm(budget_s)
        try:
            result = submission.invoke(target, args, kind, returns_arg)
        finally:
            _disarm()
        gc.collect()  # a recursive closure is a reference cycle: its locals are garbage, not output
        retained, peak = tracemalloc.get_traced_memory()
        tensors = hook("space_stop")
        del result
    except RunBudgetExceeded:
        return {"peak_bytes": None, "retained_bytes": None, "space_cpu_s": None,
                "tensor_peak_bytes": None, "tensor_retained_bytes": None}
    finally:
        hook("space_stop")  # a no-op when it was stopped above
        tracemalloc.stop()
        if numpy is not None:
            numpy.setbufsize(default_buffer)
    return {"peak_bytes": peak, "retained_bytes": retained, "space_cpu_s": round(time.thread_time() - started, 6),
            "tensor_peak_bytes": tensors["peak"] if tensors else None,
            "tensor_retained_bytes": tensors["retained"] if tensors else None}


class TimingBudget(typing.NamedTuple):
    run_s: float  # CPU seconds one run may take before it counts as over budget
    total_s: float  # CPU seconds all the timed runs together may take
    runs: int  # at most this many runs (or rounds)


def _timed_runs(target, fresh, kind, returns_arg, budget: TimingBudget):
    """CPU seconds of each plain run; at least two runs unless one is over budget (then None).

    Runs repeat until ``budget.total_s`` is spent or ``budget.runs`` are made, so
    a run of microseconds gets many tries at its least time and a run of 100 ms
    gets two.  The collector runs once before, not between runs: a full
    collection over a big input would cost more than the runs themselves.
    """
    times: list[float] = []
    gc.collect()
    while len(times) < budget.runs and (len(times) < 2 or sum(times) < budget.total_s):
        seconds = _timed_run(target, fresh, kind, returns_arg, budget.run_s)
        if seconds is None:
            return None
        times.append(seconds)
    return times


def _timed_run(target, fresh, kind, returns_arg, budget_s):
    """CPU seconds of one plain run on a fresh copy of the input; None when it went over ``budget_s``."""
    args = fresh()
    try:
        try:
            _arm(budget_s)
            started = time.thread_time()
            submission.invoke(target, args, kind, returns_arg)
            return round(time.thread_time() - started, 9)
        finally:
            _disarm()
    except RunBudgetExceeded:
        # Outside the finally: a signal the kernel delivered just before the timer was disarmed runs its
        # handler at the next bytecode, which is in the finally; caught here, it is this run's over-budget.
        return None


def _interleaved_runs(target, copies, kind, returns_arg, budget: TimingBudget):
    """CPU seconds of plain runs, one per input per round, until ``budget.runs`` rounds or ``budget.total_s``
    are spent; stops early (keeping what it has) if a run goes over ``budget.run_s``."""
    times: list[list[float]] = [[] for _ in copies]
    gc.collect()
    started = time.thread_time()
    for _ in range(budget.runs):
        for fresh, runs in zip(copies, times):
            if time.thread_time() - started > budget.total_s:
                return times
            seconds = _timed_run(target, fresh, kind, returns_arg, budget.run_s)
            if seconds is None:
                return times
            runs.append(seconds)
    return times


def use_python_lru_cache():
    """Have ``functools.lru_cache`` and ``functools.cache`` wrap with functools' own pure-Python wrapper.

    Since Python 3.12 a call through C code counts against a fixed C-recursion ceiling that
    ``sys.setrecursionlimit`` does not raise (CPython issue 112215), and the C wrapper is such a call:
    a memoised top-down recursion stopped near 3 000 levels (measured in this image).  The pure-Python
    wrapper (the same file, loaded again without its C accelerator) recurses as deep as the recursion
    limit allows (100 000 levels measured) at about 160 ns more per cached call.  Functions decorated
    before this (the standard library's) keep the C wrapper.
    """
    import _functools  # type: ignore[import-not-found]  # CPython's C accelerator: typeshed has no stub
    import functools
    import importlib.util

    spec = importlib.util.spec_from_file_location("_drill_judge_functools", functools.__file__)
    module = importlib.util.module_from_spec(spec)
    accelerated = _functools._lru_cache_wrapper
    del _functools._lru_cache_wrapper  # the copy's `from _functools import _lru_cache_wrapper` then fails
    try:
        spec.loader.exec_module(module)
    finally:
        _functools._lru_cache_wrapper = accelerated
    functools._lru_cache_wrapper = module._lru_cache_wrapper  # lru_cache looks it up at each decoration


def main():
    if os.getpid() == 1:  # the container's first process: PID 1 stays behind as its guard
        guard.guard(float(os.environ.get("DRILL_JUDGE_LIFETIME_S", DEFAULT_LIFETIME_S)))
    proto = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = sys.__stdout__ = io.TextIOWrapper(  # type: ignore[misc]  # replaced on purpose: fd 1 is stderr now
        os.fdopen(1, "wb", closefd=False), encoding="utf-8")
    requests = io.TextIOWrapper(os.fdopen(os.dup(0), "rb"), encoding="utf-8")
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    sys.stdin = io.StringIO("")
    sys.setrecursionlimit(RECURSION_LIMIT)
    use_python_lru_cache()
    global hooks
    if HOOKS_MODULE:  # before the greeting: a runtime whose hooks fail to start is a broken image
        hooks = importlib.import_module(HOOKS_MODULE)
        hook("startup")
    runner = Runner(proto)
    # Greet before reading any request: the host takes a container that never greets for a broken image
    # (its problem), not for a failing submission; no submission code can have run yet.
    runner.send({"op": "hello"})
    runner.serve(requests)


if __name__ == "__main__":
    main()
