"""Property inputs for longest-univalue-path: small trees (possibly empty) over two or three values."""

from hypothesis import strategies as st

from judge.sandbox.wire import build_tree

_level_order = st.lists(st.one_of(st.none(), st.integers(0, 2)), max_size=30)


def arguments():
    return _level_order.map(lambda items: [build_tree(items)])
