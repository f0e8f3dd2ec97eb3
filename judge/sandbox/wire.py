"""The value codec shared by the host and the in-container runner.

Values cross the container boundary as JSON. Plain JSON covers ``None``,
``bool``, ``int``, ``float`` (finite), ``str`` and ``list``; everything else is
a *tagged object*: a JSON object with exactly one key that starts with ``$``::

    {"$tuple": [...]}            {"$set": [...]}         {"$frozenset": [...]}
    {"$dict": [[k, v], ...]}     {"$float": "nan"|"inf"|"-inf"}
    {"$bytes": "<base64>"}
    {"$ndarray": {"dtype": "float64", "shape": [2, 3], "data": "<base64>"}}
    {"$tensor": {"dtype": "bfloat16", "shape": [2, 3], "data": "<base64>"}}   (a torch tensor)
    {"$list_node": [1, 2, 3], "cycle_at": null}     (LeetCode list notation)
    {"$tree_node": [1, null, 2]}                    (LeetCode level order)

Contract:

* ``encode`` turns a Python value into that JSON structure, or raises
  ``UnencodableValue`` naming the type it cannot carry.  Nothing is ever
  pickled: a value that is not data cannot cross.
* ``decode`` accepts only the shapes above and raises ``MalformedValue`` on
  anything else (unknown tags, tags outside ``tags`` when it is given, extra
  keys, object dtypes, sizes that do not match); what it returns shares
  nothing with its input.  With ``live=True`` linked lists and trees become
  ``ListNode`` and ``TreeNode`` objects (what solutions receive); with
  ``live=False`` they become the comparable ``LinkedListValue`` and
  ``TreeValue``.

Tensors: a torch tensor crosses as its dtype, its shape and its elements in
row-major order as raw little-endian bytes (strides are normalised: a
transposed view and its contiguous copy encode alike; ``requires_grad`` and
the device are dropped).  Where torch is importable and ``live=True`` (inside
the pytorch runtime) one decodes to a torch tensor; otherwise (on the host,
which never imports torch) to a ``TensorValue``: the dtype's name and a NumPy
array, bfloat16 widened exactly to float32.  ``tensor()`` builds one on the
host for cases and strategies.

This module is baked into the sandbox image, so it imports nothing from the
judge package and nothing outside the standard library except NumPy, lazily.
"""

from __future__ import annotations

import base64
import math
from dataclasses import dataclass
from itertools import chain

# Bound the work the host does on one answer, whatever the container sends.
MAX_DEPTH = 64
MAX_NODES = 2_000_000
# Every tag this codec knows, without its "$"; a runtime names the ones its containers may send.
TAGS = frozenset({"tuple", "set", "frozenset", "dict", "float", "bytes", "ndarray", "tensor", "list_node",
                  "tree_node"})
MAX_DIMS = 32
MAX_ELEMENTS = 1 << 28  # a shape claiming more is malformed, whatever the data says
_NUMERIC_DTYPES = frozenset(
    "bool int8 int16 int32 int64 uint8 uint16 uint32 uint64 float16 float32 float64 "
    "complex64 complex128".split()
)


# Tensor dtypes that cross, by torch's name; each but bfloat16 is stored as the NumPy dtype of that name.
TENSOR_DTYPES = frozenset(
    "bool uint8 int8 int16 int32 int64 float16 bfloat16 float32 float64 complex64 complex128".split()
)


class UnencodableValue(TypeError):
    """A value has a type that cannot cross the sandbox boundary."""


class MalformedValue(ValueError):
    """A JSON structure is not a value this codec produces."""


class ListNode:
    """Singly linked list node, as LeetCode defines it."""

    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next

    def __repr__(self):
        return f"ListNode({self.val})"


class TreeNode:
    """Binary tree node, as LeetCode defines it."""

    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right

    def __repr__(self):
        return f"TreeNode({self.val})"


@dataclass(frozen=True)
class LinkedListValue:
    """A linked list as data: its values and, for a cycle, the index the tail links to."""

    values: tuple
    cycle_at: int | None = None

    def __repr__(self):
        suffix = f" (tail links to index {self.cycle_at})" if self.cycle_at is not None else ""
        return f"{list(self.values)!r}{suffix}"


@dataclass(frozen=True)
class TreeValue:
    """A binary tree as data: LeetCode's level order with trailing ``None`` trimmed."""

    level_order: tuple

    def __repr__(self):
        return repr(list(self.level_order)).replace("None", "null")


class TensorValue:
    """A tensor as data, on the host: torch's dtype name and a NumPy array of its values (shape included).

    bfloat16 values are held as float32 (widened exactly); ``tensor()`` rounds to bfloat16 on the way in,
    so every TensorValue holds values its dtype can represent.  Compared by the judge's checkers, never by
    ``==`` (which for arrays is elementwise).
    """

    __slots__ = ("dtype", "array")
    __hash__ = None  # type: ignore[assignment]  # mutable array inside: not a set member

    def __init__(self, dtype, array):
        self.dtype = dtype
        self.array = array

    @property
    def shape(self):
        return tuple(self.array.shape)

    def __repr__(self):
        import numpy as np

        values = np.array2string(self.array, threshold=40, precision=6, separator=", ")
        return f"tensor({values}, dtype={self.dtype})"

    def __eq__(self, other):
        return NotImplemented if not isinstance(other, TensorValue) else (
            self.dtype == other.dtype and self.shape == other.shape
            and bool(((self.array == other.array) | ((self.array != self.array) & (other.array != other.array))).all()))


def tensor(values, dtype="float32"):
    """A ``TensorValue`` of ``values`` (anything NumPy reads) as torch dtype ``dtype``, bfloat16 rounded to
    nearest even from float32 as torch rounds it."""
    import numpy as np

    if dtype not in TENSOR_DTYPES:
        raise UnencodableValue(f"tensor dtype {dtype!r} is not one of {', '.join(sorted(TENSOR_DTYPES))}")
    with np.errstate(over="ignore"):  # a value too large for float16 becomes inf, as a cast in torch does
        if dtype != "bfloat16":
            return TensorValue(dtype, np.array(values, dtype=dtype))
        return TensorValue(dtype, _widen_bf16(_narrow_bf16(np.array(values, dtype=np.float32))))


def _narrow_bf16(array):
    """float32 -> bfloat16 bit patterns (uint16), rounding to nearest even; NaN stays a quiet NaN."""
    import numpy as np

    bits = np.ascontiguousarray(array, dtype=np.float32).view(np.uint32).astype(np.uint64)
    rounded = ((bits + 0x7FFF + ((bits >> 16) & 1)) >> 16).astype(np.uint16)
    return np.where(np.isnan(array), np.uint16(0x7FC0), rounded).astype(np.uint16)


def _widen_bf16(bits):
    """bfloat16 bit patterns (uint16) -> float32, exactly."""
    import numpy as np

    return (bits.astype(np.uint32) << 16).view(np.float32)


def build_list(values, cycle_at=None):
    """Build a ``ListNode`` chain from list notation; ``cycle_at`` links the tail back."""
    head = tail = None
    nodes = []
    for v in values:
        node = ListNode(v)
        nodes.append(node)
        if tail is None:
            head = tail = node
        else:
            tail.next = node
            tail = node
    if cycle_at is not None and nodes:
        tail.next = nodes[cycle_at]
    return head


def build_tree(level_order):
    """Build a ``TreeNode`` tree from LeetCode's level-order notation."""
    items = list(level_order)
    if not items or items[0] is None:
        return None
    root = TreeNode(items[0])
    queue = [root]
    i, q = 1, 0
    while q < len(queue) and i < len(items):
        node = queue[q]
        q += 1
        for side in ("left", "right"):
            if i < len(items) and items[i] is not None:
                child = TreeNode(items[i])
                setattr(node, side, child)
                queue.append(child)
            i += 1
    return root


def _list_notation(head):
    values, seen = [], {}
    node = head
    while node is not None:
        if id(node) in seen:
            return values, seen[id(node)]
        if len(values) >= MAX_NODES:
            raise UnencodableValue("linked list longer than the node cap")
        seen[id(node)] = len(values)
        values.append(node.val)
        node = node.next
    return values, None


def _tree_notation(root):
    out, queue, q = [], [root], 0
    seen = set()
    while q < len(queue):
        node = queue[q]
        q += 1
        if node is None:
            out.append(None)
            continue
        if id(node) in seen or len(out) >= MAX_NODES:
            raise UnencodableValue("tree has a cycle or exceeds the node cap")
        seen.add(id(node))
        out.append(node.val)
        queue.append(node.left)
        queue.append(node.right)
    while out and out[-1] is None:
        out.pop()
    return out


def _flat(items) -> bool:
    """True when every item is a plain int or str: the list needs no tags and no recursion."""
    return all(type(v) is int or type(v) is str for v in items)


def _flat_rows(items) -> bool:
    """True for a list of flat lists (edge lists, grids, intervals), checked in one pass."""
    return all(type(v) is list for v in items) and _flat(chain.from_iterable(items))


def encode(value, _depth=0):
    """Encode ``value`` as JSON-ready data (see the module docstring)."""
    if _depth > MAX_DEPTH:
        raise UnencodableValue("value nested deeper than the depth cap")
    d = _depth + 1
    if value is None:
        return None
    if isinstance(value, bool):
        return bool(value)
    if isinstance(value, str):
        return str(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        if math.isfinite(value):
            return float(value)
        return {"$float": "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf")}
    if isinstance(value, list):
        if _flat(value):
            return list(value)  # fast paths for the common big inputs: nothing inside needs a tag
        if _flat_rows(value):
            return [list(v) for v in value]
        return [encode(v, d) for v in value]
    if isinstance(value, tuple):
        return {"$tuple": [encode(v, d) for v in value]}
    if isinstance(value, frozenset):
        return {"$frozenset": [encode(v, d) for v in value]}
    if isinstance(value, set):
        return {"$set": [encode(v, d) for v in value]}
    if isinstance(value, dict):
        return {"$dict": [[encode(k, d), encode(v, d)] for k, v in value.items()]}
    if isinstance(value, (bytes, bytearray)):
        return {"$bytes": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, ListNode):
        values, cycle_at = _list_notation(value)
        return {"$list_node": [encode(v, d) for v in values], "cycle_at": cycle_at}
    if isinstance(value, TreeNode):
        return {"$tree_node": [encode(v, d) for v in _tree_notation(value)]}
    if isinstance(value, TensorValue):
        return _tensor_payload(value.dtype, value.shape,
                               _narrow_bf16(value.array) if value.dtype == "bfloat16" else value.array)
    kind = type(value).__module__
    if kind == "numpy" or kind.startswith("numpy."):
        return _encode_numpy(value, d)
    if kind == "torch" or kind.startswith("torch."):
        return _encode_torch(value)
    raise UnencodableValue(f"a value of type {type(value).__name__} cannot be returned; return plain data")


def _encode_numpy(value, depth):
    import numpy as np

    if isinstance(value, np.ndarray):
        if value.dtype.name not in _NUMERIC_DTYPES:
            raise UnencodableValue(f"NumPy arrays of dtype {value.dtype} cannot be returned")
        arr = np.ascontiguousarray(value)
        return {
            "$ndarray": {
                "dtype": arr.dtype.name,
                "shape": list(arr.shape),
                "data": base64.b64encode(arr.astype(arr.dtype.newbyteorder("<")).tobytes()).decode("ascii"),
            }
        }
    if isinstance(value, np.generic):
        return encode(value.item(), depth)
    raise UnencodableValue(f"a value of type {type(value).__name__} cannot be returned")


def _tensor_payload(dtype, shape, array):
    """The $tensor object for ``array`` (bfloat16: its uint16 bit patterns) in row-major little-endian order."""
    import numpy as np

    data = np.ascontiguousarray(array)
    data = data.astype(data.dtype.newbyteorder("<"), copy=False)
    return {"$tensor": {"dtype": dtype, "shape": [int(n) for n in shape],
                        "data": base64.b64encode(data.tobytes()).decode("ascii")}}


def _encode_torch(value):
    import torch

    if not isinstance(value, torch.Tensor):
        raise UnencodableValue(f"a value of type {type(value).__name__} cannot be returned; return tensors or data")
    dtype = str(value.dtype).removeprefix("torch.")
    if dtype not in TENSOR_DTYPES or value.layout != torch.strided or value.is_quantized:
        raise UnencodableValue(f"tensors of dtype {value.dtype} and layout {value.layout} cannot be returned")
    plain = value.detach().cpu().contiguous()
    if dtype == "bfloat16":
        return _tensor_payload(dtype, plain.shape, plain.view(torch.int16).numpy().view("uint16"))
    return _tensor_payload(dtype, plain.shape, plain.resolve_conj().resolve_neg().numpy())


def _items(payload, depth, live, what, tags=None):
    if not isinstance(payload, list):
        raise MalformedValue(f"{what} payload must be a list")
    return [decode(v, live=live, tags=tags, _depth=depth) for v in payload]


def decode(data, live=False, tags=None, _depth=0):
    """Decode JSON data produced by ``encode``; raise ``MalformedValue`` otherwise.  ``tags``, when
    given, is the set of tags (without "$") accepted: a runtime's own."""
    if _depth > MAX_DEPTH:
        raise MalformedValue("value nested deeper than the depth cap")
    d = _depth + 1
    if data is None or isinstance(data, (bool, int, str)):
        return data
    if isinstance(data, float):
        if not math.isfinite(data):
            raise MalformedValue("non-finite floats must be tagged")
        return data
    if isinstance(data, list):
        if _flat(data):
            return list(data)  # fast paths, as in encode
        if _flat_rows(data):
            return [list(v) for v in data]
        return [decode(v, live=live, tags=tags, _depth=d) for v in data]
    if not isinstance(data, dict):
        raise MalformedValue(f"unexpected JSON type {type(data).__name__}")
    if tags is not None:
        tag = next((key for key in data if isinstance(key, str) and key.startswith("$")), None)
        if tag is not None and tag[1:] not in tags:
            raise MalformedValue(f"tag {tag!r} is not one this runtime sends")
    if "$list_node" in data:
        if set(data) != {"$list_node", "cycle_at"}:
            raise MalformedValue("a $list_node object has exactly the keys $list_node and cycle_at")
        values = _items(data["$list_node"], d, False, "$list_node", tags)
        cycle_at = data["cycle_at"]
        if cycle_at is not None and not (type(cycle_at) is int and 0 <= cycle_at < len(values)):
            raise MalformedValue("cycle_at must be null or an index into the list")
        if live:
            return build_list(values, cycle_at)
        return LinkedListValue(tuple(values), cycle_at)
    if len(data) != 1:
        raise MalformedValue("a tagged object has exactly one key")
    (tag, payload), = data.items()
    if tag == "$tuple":
        return tuple(_items(payload, d, live, tag, tags))
    if tag in ("$set", "$frozenset"):
        items = _items(payload, d, live, tag, tags)
        try:
            return set(items) if tag == "$set" else frozenset(items)
        except TypeError as exc:
            raise MalformedValue(f"{tag} holds an unhashable item") from exc
    if tag == "$dict":
        if not isinstance(payload, list) or not all(isinstance(p, list) and len(p) == 2 for p in payload):
            raise MalformedValue("$dict payload must be a list of [key, value] pairs")
        try:
            return {decode(k, live, tags, d): decode(v, live, tags, d) for k, v in payload}
        except TypeError as exc:
            raise MalformedValue("$dict has an unhashable key") from exc
    if tag == "$float":
        if payload not in ("nan", "inf", "-inf"):
            raise MalformedValue("$float payload must be nan, inf or -inf")
        return float(payload)
    if tag == "$bytes":
        return _b64(payload)
    if tag == "$tree_node":
        values = _items(payload, d, False, tag, tags)
        while values and values[-1] is None:
            values.pop()
        return build_tree(values) if live else TreeValue(tuple(values))
    if tag == "$ndarray":
        return _decode_ndarray(payload)
    if tag == "$tensor":
        return _decode_tensor(payload, live)
    raise MalformedValue(f"unknown tag {tag!r}")


def _b64(payload):
    if not isinstance(payload, str):
        raise MalformedValue("base64 payload must be a string")
    try:
        return base64.b64decode(payload, validate=True)
    except ValueError as exc:
        raise MalformedValue("invalid base64 payload") from exc


def _decode_ndarray(payload):
    import numpy as np

    if not isinstance(payload, dict) or set(payload) != {"dtype", "shape", "data"}:
        raise MalformedValue("$ndarray payload has exactly the keys dtype, shape and data")
    dtype_name, shape = payload["dtype"], payload["shape"]
    if dtype_name not in _NUMERIC_DTYPES:
        raise MalformedValue(f"dtype {dtype_name!r} is not allowed")
    if not isinstance(shape, list) or len(shape) > 32 or not all(type(s) is int and s >= 0 for s in shape):
        raise MalformedValue("shape must be a list of non-negative ints")
    raw = _b64(payload["data"])
    dtype = np.dtype(dtype_name).newbyteorder("<")
    if len(raw) != math.prod(shape) * dtype.itemsize:
        raise MalformedValue("ndarray data size does not match its shape and dtype")
    return np.frombuffer(raw, dtype=dtype).astype(dtype.newbyteorder("="), copy=True).reshape(shape)


def _tensor_bytes(payload):
    """(dtype name, shape, raw bytes, storage NumPy dtype) of a $tensor payload, every field checked."""
    import numpy as np

    if not isinstance(payload, dict) or set(payload) != {"dtype", "shape", "data"}:
        raise MalformedValue("$tensor payload has exactly the keys dtype, shape and data")
    dtype_name, shape = payload["dtype"], payload["shape"]
    if dtype_name not in TENSOR_DTYPES:
        raise MalformedValue(f"tensor dtype {dtype_name!r} is not allowed")
    if (not isinstance(shape, list) or len(shape) > MAX_DIMS
            or not all(type(s) is int and 0 <= s <= MAX_ELEMENTS for s in shape) or math.prod(shape) > MAX_ELEMENTS):
        raise MalformedValue("tensor shape must be a short list of non-negative ints")
    raw = _b64(payload["data"])
    storage = np.dtype("uint16" if dtype_name == "bfloat16" else dtype_name).newbyteorder("<")
    if len(raw) != math.prod(shape) * storage.itemsize:
        raise MalformedValue("tensor data size does not match its shape and dtype")
    return dtype_name, shape, raw, storage


def _decode_tensor(payload, live):
    import numpy as np

    dtype_name, shape, raw, storage = _tensor_bytes(payload)
    array = np.frombuffer(raw, dtype=storage).astype(storage.newbyteorder("="), copy=True).reshape(shape)
    if live:
        try:
            import torch
        except ImportError:
            torch = None
        if torch is not None:  # inside the pytorch runtime: what solutions receive
            if dtype_name == "bfloat16":
                return torch.from_numpy(array.view(np.int16).copy()).view(torch.bfloat16)
            return torch.from_numpy(array)
    return TensorValue(dtype_name, _widen_bf16(array) if dtype_name == "bfloat16" else array)
