"""Property inputs for binary-tree-maximum-path-sum: small non-empty trees with mixed-sign values."""

from hypothesis import strategies as st

from judge.sandbox.wire import build_tree

_value = st.integers(-20, 20)
_level_order = st.tuples(_value, st.lists(st.one_of(st.none(), _value), max_size=30))


def arguments():
    return _level_order.map(lambda t: [build_tree([t[0], *t[1]])])
