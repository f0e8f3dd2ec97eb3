"""The pytorch runtime's hooks, called by the runner (judge/sandbox/runner.py) inside its containers.

runtime.toml names this module (``hooks = "torch_hooks"``); the runner calls, when they exist:

* ``startup()`` once, before it greets the host: imports torch, pins it to one thread (the CPU-time
  limit and the timings stay fair), turns deterministic algorithms on, and imports what torch would
  import lazily inside a timed call;
* ``on_load(request)`` before the submission's module runs: arms the problem's forbidden calls
  (``request["forbidden"]``, dotted names such as ``torch.nn.functional.scaled_dot_product_attention``);
* ``before_call()`` before every call: seeds torch, ``random`` and NumPy, so a call that draws random
  numbers draws the same ones every time;
* ``after_call()`` after every call: the first forbidden call made during it, as an error report, or
  None.  Checked after the call too, so a submission that catches the exception is still caught;
* ``space_start()`` and ``space_stop()`` around the runner's traced run (the complexity report's space):
  tensor memory is allocated by torch's own allocator, which ``tracemalloc`` never sees, so a dispatch
  mode watches every tensor storage the run's operations create and returns their peak and what is still
  alive at the end (the output), in bytes.  Only numbers: the host decides what they mean.

A forbidden name is caught two ways: every attribute of a loaded torch module that holds the original
object is replaced by a guard (a class by a subclass whose constructor refuses), and a
``TorchFunctionMode`` sees calls that reach torch's dispatcher by any other path to the same function.

No import of the judge: this file runs inside the container.
"""

import importlib
import random
import sys

import torch
from torch.multiprocessing.reductions import StorageWeakRef
from torch.overrides import TorchFunctionMode
from torch.utils._python_dispatch import TorchDispatchMode
from torch.utils._pytree import tree_leaves

SEED = 0


class ForbiddenCall(BaseException):
    """Raised when the submission calls what its problem forbids; BaseException so `except Exception` misses it."""


_forbidden: dict = {}  # id(original object) -> its dotted name
_originals: list = []  # keeps the originals alive, so their ids stay theirs
_made: list = []  # the dotted names called since before_call, in order
_mode = None


def startup():
    torch.set_num_threads(1)
    try:
        torch.set_num_interop_threads(1)
    except RuntimeError:  # already fixed by something that ran first: one thread either way
        pass
    torch.use_deterministic_algorithms(True)
    # A backward given explicit gradients (``backward(grad_output)``, ``autograd.grad(..., grad)``) imports this
    # module, and sympy with it, on first use: half a second.  Imported now, before any call is timed: a CPU
    # budget that fired inside that import left sympy half-initialised, and every later backward in the
    # container raised "module 'sympy' has no attribute 'printing'" (a report failed about one run in four).
    importlib.import_module("torch.fx.experimental.symbolic_shapes")


def before_call():
    del _made[:]
    torch.manual_seed(SEED)
    random.seed(SEED)
    if "numpy" in sys.modules:
        sys.modules["numpy"].random.seed(SEED)


def after_call():
    if not _made:
        return None
    return {"kind": "runtime_error", "type": "ForbiddenCall", "message": _message(_made[0]), "line": None,
            "traceback": []}


def on_load(request):
    names = request.get("forbidden") or []
    for name in names:
        original = _resolve(name)
        _forbidden[id(original)] = name
        _originals.append(original)
        guard = _guard_class(original, name) if isinstance(original, type) else _guard_function(original, name)
        _replace_everywhere(original, guard)
    global _mode
    if names and _mode is None:
        _mode = _Watch()
        _mode.__enter__()  # stays on for the container's life: one submission per container


def _message(name):
    return f"called {name}, which this problem forbids: write it yourself"


def _resolve(dotted):
    """The object a dotted name names: the longest importable module prefix, then attributes."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            value = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for attribute in parts[cut:]:
            value = getattr(value, attribute)
        return value
    raise LookupError(f"forbidden name {dotted!r} names nothing")


def _record(name):
    _made.append(name)
    raise ForbiddenCall(_message(name))


def _guard_function(original, name):
    def guarded(*args, **kwargs):
        _record(name)

    guarded.__name__ = getattr(original, "__name__", "forbidden")
    return guarded


def _guard_class(original, name):
    def refuse(self, *args, **kwargs):
        _record(name)

    return type(original.__name__, (original,), {"__init__": refuse, "__module__": original.__module__})


def _replace_everywhere(original, guard):
    """Every loaded torch module attribute that is ``original`` becomes ``guard`` (aliases included)."""
    for module_name, module in list(sys.modules.items()):
        if module is None or not (module_name == "torch" or module_name.startswith("torch.")):
            continue
        try:
            attributes = vars(module)
        except TypeError:
            continue
        for attribute, value in list(attributes.items()):
            if value is original:
                try:
                    setattr(module, attribute, guard)
                except (AttributeError, TypeError):
                    pass


class _Watch(TorchFunctionMode):
    """Sees every torch function call with tensor arguments: one to a forbidden original is refused."""

    def __torch_function__(self, func, types, args=(), kwargs=None):
        name = _forbidden.get(id(func))
        if name is not None:
            _record(name)
        return func(*args, **(kwargs or {}))


class _Storages(TorchDispatchMode):
    """Every storage an operation creates while it is on: bytes alive now, and the most alive at once.

    An output whose storage is one of the operation's inputs' (a view, an in-place result) allocates
    nothing; a new storage is counted until torch frees it (a weak reference tells).  Tensors made
    before the run (the input) are never counted, as tracemalloc does not count the input's objects.
    """

    def __init__(self):
        super().__init__()
        self.live = {}  # data pointer -> (weak reference to the storage, bytes)
        self.bytes = 0
        self.peak = 0

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        out = func(*args, **(kwargs or {}))
        inputs = {t.untyped_storage().data_ptr() for t in tree_leaves((args, kwargs)) if isinstance(t, torch.Tensor)}
        self.forget_freed()
        for tensor in tree_leaves(out):
            if not isinstance(tensor, torch.Tensor):
                continue
            storage = tensor.untyped_storage()
            pointer = storage.data_ptr()
            if pointer and pointer not in inputs and pointer not in self.live:
                self.live[pointer] = (StorageWeakRef(storage), storage.nbytes())
                self.bytes += storage.nbytes()
        self.peak = max(self.peak, self.bytes)
        return out

    def forget_freed(self):
        for pointer, (weak, size) in list(self.live.items()):
            if weak.expired():
                del self.live[pointer]
                self.bytes -= size


_space = None


def space_start():
    global _space
    _space = _Storages()
    _space.__enter__()


def space_stop():
    """The tensor bytes of the traced run: {"peak": ..., "retained": ...}; None when none was started."""
    global _space
    if _space is None:
        return None
    watch, _space = _space, None
    watch.__exit__(None, None, None)
    watch.forget_freed()
    return {"peak": watch.peak, "retained": watch.bytes}
