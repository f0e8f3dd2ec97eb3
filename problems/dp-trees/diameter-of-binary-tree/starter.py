# judge: problem=diameter-of-binary-tree
from __future__ import annotations

try:  # run on its own: the judge's TreeNode (LeetCode's); when judged, TreeNode is already defined
    from judge.sandbox.wire import TreeNode
except ImportError:
    pass


def diameter_of_binary_tree(root: TreeNode | None) -> int:
    ...
