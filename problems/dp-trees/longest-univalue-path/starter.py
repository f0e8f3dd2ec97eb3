# judge: problem=longest-univalue-path
from __future__ import annotations

try:  # run on its own: the judge's TreeNode (LeetCode's); when judged, TreeNode is already defined
    from judge.sandbox.wire import TreeNode
except ImportError:
    pass


def longest_univalue_path(root: TreeNode | None) -> int:
    ...
