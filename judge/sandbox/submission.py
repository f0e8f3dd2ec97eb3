"""Load a solution's source and call its entry point, LeetCode style.

Used in two places: by the in-container runner on untrusted submissions, and by
the host on the trusted reference solutions of a pack, so that both see the
same namespace and the same calling convention.

Contract:

* ``compile_source`` raises ``SyntaxError`` for source that does not compile.
* ``load_namespace`` executes the module with LeetCode's implicit imports
  (``List``, ``Optional``, ``deque``, ``heapq``, ``bisect``, ...) and the
  ``ListNode`` and ``TreeNode`` classes already defined.
* ``resolve_entry`` finds the entry: a top-level function named ``entry`` or
  one of its aliases, or a method of that name on ``class Solution``; for a
  design problem, a class of that name.  It raises ``EntryNotFound`` with a
  message that says what to define.
* ``invoke`` calls the entry on decoded arguments: a plain call, a call whose
  answer is an argument mutated in place, or a design script (LeetCode's
  ``["Cls", "op", ...], [[args], [args], ...]``) whose answer is the list of
  every call's return value; or, for a module problem (PyTorch), a class
  constructed, loaded with given parameters by name, and run forward (and
  backward): see ``run_module``; or, for an autograd problem, a
  ``torch.autograd.Function`` applied and back-propagated: see ``run_autograd``.
* ``with_harness`` wraps an entry so that it gets what a problem's ``harness.py``
  builds from the case's arguments (objects the wire cannot carry: a model, an
  optimizer) instead of the arguments themselves.
"""

from __future__ import annotations

import copy

SOLUTION_FILENAME = "solution.py"

# What LeetCode's Python 3 environment has imported before a solution runs.
PRELUDE = """
from typing import *
from collections import *
from heapq import *
from bisect import *
from itertools import *
from functools import *
from math import *
import collections, heapq, bisect, itertools, functools, math, string, re, random, operator, sys
"""


class EntryNotFound(LookupError):
    """The submission does not define the problem's entry point."""


def compile_source(source: str, filename: str = SOLUTION_FILENAME):
    return compile(source, filename, "exec", dont_inherit=True)


def load_namespace(code, node_classes) -> dict:
    """Run compiled module code in a fresh namespace with the LeetCode prelude."""
    namespace: dict = {"__name__": "solution", "__builtins__": __builtins__}
    exec(PRELUDE, namespace)
    namespace.update(node_classes)
    exec(code, namespace)
    return namespace


def _prelude_names() -> dict:
    namespace: dict = {}
    exec(PRELUDE, namespace)
    return namespace


_PRELUDE_NAMESPACE = _prelude_names()


def _defined_here(namespace: dict, name: str) -> bool:
    """False for names the prelude provided and the solution did not redefine (``merge`` is heapq's)."""
    return name in namespace and namespace[name] is not _PRELUDE_NAMESPACE.get(name)


def resolve_entry(namespace: dict, entry: str, aliases=(), kind: str = "function"):
    all_names = [entry, *aliases]
    names = [n for n in all_names if _defined_here(namespace, n)]
    if kind in ("design", "module", "autograd"):
        for name in names:
            if isinstance(namespace.get(name), type):
                return namespace[name]
        raise EntryNotFound(f"class `{entry}` not found: define `class {entry}:` at top level")
    for name in names:
        fn = namespace.get(name)
        if callable(fn) and not isinstance(fn, type):
            return fn
    solution_cls = namespace.get("Solution")
    if isinstance(solution_cls, type):
        for name in all_names:
            if callable(getattr(solution_cls, name, None)):
                return getattr(solution_cls(), name)
        raise EntryNotFound(
            f"class Solution has no method `{entry}`"
            + (f" (or {', '.join(f'`{a}`' for a in aliases)})" if aliases else "")
        )
    raise EntryNotFound(
        f"entry point `{entry}` not found: define `def {entry}(...)` at top level"
        + (f" or `class Solution` with method `{aliases[0]}`" if aliases else "")
    )


def invoke(target, args, kind: str = "function", returns_arg: int | None = None):
    """Call the entry as the problem's kind says and return its answer."""
    if kind == "module":
        return run_module(target, args)
    if kind == "autograd":
        return run_autograd(target, args)
    if kind == "design":
        ops, op_args = args
        if not ops or len(ops) != len(op_args):
            raise ValueError("a design script needs as many argument lists as operations")
        instance = target(*op_args[0])
        answers = [None]
        for op, a in zip(ops[1:], op_args[1:]):
            # A snapshot: a method may return an internal list that later calls change.
            answers.append(copy.deepcopy(getattr(instance, op)(*a)))
        return answers
    result = target(*args)
    return args[returns_arg] if returns_arg is not None else result


def with_harness(entry, build):
    """The entry called on ``build(args)`` instead of ``args``: a problem's harness.py (trusted, run beside the
    solution) turns the case's data into the objects the entry receives, such as a model to inspect."""

    def call_built(*args):
        return entry(*build(list(args)))

    return call_built


MODULE_ARGS = ("init", "state", "inputs", "grad_output", "train")


def run_module(cls, args):
    """One module case: ``args`` is ``[init, state, inputs, grad_output, train]``.

    The class is constructed with ``*init``, put in train or eval mode, given ``state`` (a dict of tensors by
    parameter or buffer name, loaded strictly: a missing or extra name is an error; the module takes the
    state's floating dtype) and called on
    ``*inputs``.  Without ``grad_output`` the answer is the output; with it, the output is back-propagated
    from ``grad_output`` and the answer is ``(output, grads, buffers)``: the gradient of every parameter by
    name (zeros where none flowed) and every buffer after the call (running statistics).
    """
    import torch  # only module problems use it, and only runtimes that have it have them

    if len(args) != len(MODULE_ARGS):
        raise ValueError(f"a module case has {len(MODULE_ARGS)} arguments: {', '.join(MODULE_ARGS)}")
    init, state, inputs, grad_output, train = args
    module = cls(*init)
    if not isinstance(module, torch.nn.Module):
        raise TypeError(f"{cls.__name__} must subclass torch.nn.Module")
    module.train(bool(train))
    if state is not None:
        floating = {t.dtype for t in state.values() if t.is_floating_point()}
        if len(floating) == 1:  # float64 weights make a float64 module (load_state_dict alone would cast them)
            module.to(floating.pop())
        module.load_state_dict(state, strict=True)
    output = module(*inputs)
    if grad_output is None:
        return output
    if not isinstance(output, torch.Tensor):
        raise TypeError(f"forward must return a tensor, not {type(output).__name__}")
    output.backward(grad_output)
    grads = {name: p.grad if p.grad is not None else torch.zeros_like(p) for name, p in module.named_parameters()}
    buffers = {name: b for name, b in module.named_buffers()}
    return output.detach(), grads, buffers


AUTOGRAD_ARGS = ("inputs", "grad_output")


def run_autograd(function, args):
    """One autograd case: ``args`` is ``[inputs, grad_output]``.

    Every floating tensor of ``inputs`` becomes a fresh leaf that requires grad; ``function.apply(*inputs)``
    runs the forward, ``backward(grad_output)`` the hand-written backward.  The answer is ``(output, grads)``:
    one gradient per input, None for inputs that are not floating tensors, zeros where none flowed.
    """
    import torch

    if len(args) != len(AUTOGRAD_ARGS):
        raise ValueError(f"an autograd case has {len(AUTOGRAD_ARGS)} arguments: {', '.join(AUTOGRAD_ARGS)}")
    inputs, grad_output = args
    if not (isinstance(function, type) and issubclass(function, torch.autograd.Function)):
        raise TypeError(f"{getattr(function, '__name__', function)} must subclass torch.autograd.Function")
    leaves = [x.detach().clone().requires_grad_() if isinstance(x, torch.Tensor) and x.is_floating_point() else x
              for x in inputs]
    output = function.apply(*leaves)
    if not isinstance(output, torch.Tensor):
        raise TypeError(f"forward must return a tensor, not {type(output).__name__}")
    output.backward(grad_output)
    grads = [None if not (isinstance(x, torch.Tensor) and x.requires_grad)
             else x.grad if x.grad is not None else torch.zeros_like(x) for x in leaves]
    return output.detach(), grads
