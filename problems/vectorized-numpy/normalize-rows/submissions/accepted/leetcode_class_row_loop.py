import numpy as np


class Solution:
    def normalize_rows(self, X: np.ndarray) -> np.ndarray:
        # One Python iteration per row; each row is handled as a whole.
        out = np.zeros_like(X)
        for i, row in enumerate(X):
            length = np.sqrt(row @ row)
            if length > 0:
                out[i] = row / length
        return out
