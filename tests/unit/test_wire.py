"""The wire codec: round trips, and refusal of anything a container should not be able to send."""

import json
import math

import numpy as np
import pytest

from judge.sandbox import wire


@pytest.mark.parametrize("value", [
    None, True, False, 0, -7, 2**100, 1.5, "héllo", [], [1, [2, [3]]],
    (1, 2), {1, 2}, frozenset({"a"}), {"k": [1, 2], 3: (4,)}, b"\x00\xff",
])
def test_plain_values_round_trip(value):
    data = json.loads(json.dumps(wire.encode(value), allow_nan=False))
    assert wire.decode(data) == value
    assert type(wire.decode(data)) is type(value)


def test_non_finite_floats_are_tagged():
    for value in (math.inf, -math.inf):
        assert wire.decode(wire.encode(value)) == value
    assert math.isnan(wire.decode(wire.encode(math.nan)))
    json.dumps(wire.encode([math.nan]), allow_nan=False)  # never a bare NaN token


def test_ndarray_round_trip_keeps_dtype_and_shape():
    arr = np.arange(12, dtype=np.float32).reshape(3, 4) / 7
    back = wire.decode(json.loads(json.dumps(wire.encode(arr))))
    assert back.dtype == np.float32 and back.shape == (3, 4) and np.array_equal(back, arr)
    assert wire.decode(wire.encode(np.int64(5))) == 5


def test_linked_list_and_tree_in_leetcode_notation():
    head = wire.build_list([1, 2, 3])
    assert wire.encode(head) == {"$list_node": [1, 2, 3], "cycle_at": None}
    cyclic = wire.build_list([3, 2, 0, -4], cycle_at=1)
    assert wire.decode(wire.encode(cyclic)) == wire.LinkedListValue((3, 2, 0, -4), 1)
    root = wire.build_tree([1, None, 2, 3])
    assert wire.encode(root) == {"$tree_node": [1, None, 2, 3]}
    assert wire.decode(wire.encode(root)) == wire.TreeValue((1, None, 2, 3))
    live = wire.decode(wire.encode(root), live=True)
    assert isinstance(live, wire.TreeNode) and live.right.left.val == 3


class Sneaky:
    def __eq__(self, other):
        return True


@pytest.mark.parametrize("value", [Sneaky(), object(), lambda: 1, np.array([object()], dtype=object)])
def test_objects_that_are_not_data_cannot_be_encoded(value):
    with pytest.raises(wire.UnencodableValue):
        wire.encode(value)


def test_subclasses_are_carried_as_their_data():
    class Always(list):
        def __eq__(self, other):
            return True

    assert wire.decode(wire.encode(Always([1]))) == [1]
    assert type(wire.decode(wire.encode(Always([1])))) is list


@pytest.mark.parametrize("data", [
    {"$pickle": "gASV"},
    {"$tuple": [1], "extra": 2},
    {"a": 1},
    {"$float": "1e999"},
    {"$ndarray": {"dtype": "object", "shape": [1], "data": ""}},
    {"$ndarray": {"dtype": "float64", "shape": [2], "data": "AAAA"}},
    {"$ndarray": {"dtype": "float64", "shape": [-1], "data": ""}},
    {"$list_node": [1, 2], "cycle_at": 5},
    {"$bytes": "not base64!"},
    {"$set": [[1, 2]]},
    float("nan"),
])
def test_malformed_values_are_refused(data):
    with pytest.raises(wire.MalformedValue):
        wire.decode(data)


def test_nesting_depth_is_capped():
    deep = []
    for _ in range(wire.MAX_DEPTH + 5):
        deep = [deep]
    with pytest.raises(wire.MalformedValue):
        wire.decode(deep)


def test_decode_refuses_tags_outside_the_runtimes_own_at_any_depth():
    allowed = frozenset({"tuple"})
    assert wire.decode({"$tuple": [1, [2, {"$tuple": []}]]}, tags=allowed) == (1, [2, ()])
    for data in ({"$set": [1]}, [1, {"$tuple": [{"$dict": []}]}], {"$list_node": [1], "cycle_at": None}):
        with pytest.raises(wire.MalformedValue, match="not one this runtime sends"):
            wire.decode(data, tags=allowed)
    with pytest.raises(wire.MalformedValue, match="exactly one key"):
        wire.decode({"x": 1, "y": 2}, tags=allowed)
