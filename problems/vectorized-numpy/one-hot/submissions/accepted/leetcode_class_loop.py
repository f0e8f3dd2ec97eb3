import numpy as np


class Solution:
    def one_hot(self, labels: np.ndarray, num_classes: int) -> np.ndarray:
        # A Python loop over the labels writes one cell per row: O(n) Python steps,
        # fast enough here since the answer itself has n * num_classes cells.
        out = np.zeros((labels.shape[0], num_classes))
        for i, label in enumerate(labels):
            out[i, label] = 1.0
        return out
