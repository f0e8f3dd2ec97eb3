import numpy as np


class Solution:
    def pairwise_sq_dists(self, X: np.ndarray, Y: np.ndarray) -> np.ndarray:
        # One Python iteration per row of X; each row is compared with all of Y at once.
        return np.array([((Y - x) ** 2).sum(axis=1) for x in X])
