"""Tensors on the wire, on the host side: built, encoded and decoded with NumPy alone (no torch here)."""

import base64
import json
import sys

import numpy as np
import pytest

from judge.sandbox import wire
from judge.sandbox.wire import MalformedValue, TensorValue, tensor


def roundtrip(value):
    return wire.decode(json.loads(json.dumps(wire.encode(value))))


@pytest.mark.parametrize("dtype", ["bool", "uint8", "int8", "int16", "int32", "int64", "float16", "float32",
                                   "float64", "complex64", "complex128"])
def test_every_dtype_crosses_unchanged(dtype):
    values = np.arange(12).reshape(3, 4) % 5
    sent = tensor(values, dtype)
    back = roundtrip(sent)
    assert isinstance(back, TensorValue) and back.dtype == dtype and back.shape == (3, 4)
    assert back == sent and back.array.dtype == np.dtype(dtype)


def test_bfloat16_rounds_to_nearest_even_and_widens_exactly():
    # 1 + 2**-8 lies halfway between the bf16 neighbours 1 and 1 + 2**-7: ties go to the even one, 1.
    # 1 + 3 * 2**-8 lies halfway between 1 + 2**-7 and 1 + 2**-6: ties go to 1 + 2**-6.
    values = [1 + 2**-8, 1 + 3 * 2**-8, -2.5, 65504.0, float("inf"), float("nan"), 1e-40]
    sent = tensor(values, "bfloat16")
    assert sent.array.dtype == np.float32
    assert sent.array[0] == 1.0 and sent.array[1] == 1 + 2**-6 and sent.array[2] == -2.5
    assert sent.array[3] == 65536.0 and np.isposinf(sent.array[4]) and np.isnan(sent.array[5])
    payload = wire.encode(sent)["$tensor"]
    raw = np.frombuffer(base64.b64decode(payload["data"]), dtype="<u2")
    assert raw[0] == 0x3F80 and raw[2] == 0xC020  # 1.0 and -2.5 as bfloat16 bit patterns
    back = roundtrip(sent)
    assert back.dtype == "bfloat16" and back == sent  # widening is exact: the same float32 values


def test_every_bfloat16_pattern_widens_to_the_float32_with_those_high_bits():
    bits = np.arange(1 << 16, dtype=np.uint16)
    payload = {"$tensor": {"dtype": "bfloat16", "shape": [1 << 16],
                           "data": base64.b64encode(bits.astype("<u2").tobytes()).decode()}}
    widened = wire.decode(payload).array
    assert np.array_equal(widened.view(np.uint32) >> 16, bits.astype(np.uint32))
    assert np.array_equal(widened.view(np.uint32) & 0xFFFF, np.zeros(1 << 16, np.uint32))


def test_non_contiguous_and_empty_arrays_encode_in_row_major_order():
    base = np.arange(6, dtype=np.float32).reshape(2, 3)
    back = roundtrip(TensorValue("float32", base.T))  # a transposed view: strides are normalised
    assert back.shape == (3, 2) and np.array_equal(back.array, base.T)
    empty = roundtrip(tensor(np.zeros((4, 0)), "int64"))
    assert empty.shape == (4, 0) and empty.dtype == "int64"


def test_nan_equals_nan_and_shapes_and_dtypes_matter_for_equality():
    a = tensor([1.0, float("nan")])
    assert a == tensor([1.0, float("nan")])
    assert a != tensor([1.0, float("nan")], "float64") and a != tensor([[1.0, float("nan")]])


def test_the_host_decodes_live_tensors_without_torch():
    sent = wire.encode(tensor([1, 2, 3], "int32"))
    assert isinstance(wire.decode(sent, live=True), TensorValue)  # no torch here: plain data even when live
    assert "torch" not in sys.modules


@pytest.mark.parametrize("payload,said", [
    ({"dtype": "float32", "shape": [2], "data": base64.b64encode(b"\0" * 4).decode()}, "does not match"),
    ({"dtype": "qint8", "shape": [1], "data": ""}, "not allowed"),
    ({"dtype": "object", "shape": [1], "data": ""}, "not allowed"),
    ({"dtype": "float32", "shape": [-1], "data": ""}, "shape"),
    ({"dtype": "float32", "shape": [1 << 20, 1 << 20], "data": ""}, "shape"),
    ({"dtype": "float32", "shape": [1] * 33, "data": ""}, "shape"),
    ({"dtype": "float32", "shape": [0], "data": "", "strides": [1]}, "exactly the keys"),
    ({"dtype": "float32", "shape": [1], "data": "!!!"}, "base64"),
])
def test_malformed_tensors_are_refused(payload, said):
    with pytest.raises(MalformedValue, match=said):
        wire.decode({"$tensor": payload})


def test_a_runtime_without_the_tensor_tag_refuses_tensors():
    with pytest.raises(MalformedValue, match="not one this runtime sends"):
        wire.decode(wire.encode(tensor([1.0])), tags=frozenset({"tuple", "ndarray"}))


def test_an_unknown_tensor_dtype_cannot_be_built():
    with pytest.raises(wire.UnencodableValue):
        tensor([1], "float8_e4m3fn")
