# judge: problem=binary-tree-maximum-path-sum
from __future__ import annotations

try:  # run on its own: the judge's TreeNode (LeetCode's); when judged, TreeNode is already defined
    from judge.sandbox.wire import TreeNode
except ImportError:
    pass


def max_path_sum(root: TreeNode | None) -> int:
    ...
