import numpy as np


class Solution:
    def scatter_add(self, indices: np.ndarray, values: np.ndarray, size: int) -> np.ndarray:
        # Sort by index, sum each run of equal indices with reduceat, then place the sums.
        out = np.zeros(size)
        if len(indices) == 0:
            return out
        order = np.argsort(indices, kind="stable")
        idx, vals = indices[order], values[order]
        starts = np.flatnonzero(np.r_[True, idx[1:] != idx[:-1]])
        out[idx[starts]] = np.add.reduceat(vals, starts)
        return out
