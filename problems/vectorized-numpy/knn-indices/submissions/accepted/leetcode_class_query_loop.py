import numpy as np


class Solution:
    def knn_indices(self, queries: np.ndarray, points: np.ndarray, k: int) -> np.ndarray:
        # One query at a time: squared distances by differences, then lexsort on (distance, index).
        out = np.empty((queries.shape[0], k), dtype=np.int64)
        idx = np.arange(points.shape[0])
        for i, x in enumerate(queries):
            diff = points - x
            dist = np.einsum("ij,ij->i", diff, diff)
            out[i] = np.lexsort((idx, dist))[:k]
        return out
