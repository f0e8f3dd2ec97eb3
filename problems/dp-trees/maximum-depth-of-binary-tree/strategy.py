"""Property inputs for maximum-depth-of-binary-tree: small trees from random level-order lists (possibly empty)."""

from hypothesis import strategies as st

from judge.sandbox.wire import build_tree

_level_order = st.lists(st.one_of(st.none(), st.integers(-100, 100)), max_size=30)


def arguments():
    return _level_order.map(lambda items: [build_tree(items)])
