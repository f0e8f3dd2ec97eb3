import numpy as np


class Solution:
    def confusion_matrix(self, y_true: np.ndarray, y_pred: np.ndarray, num_classes: int) -> np.ndarray:
        # One pass over the examples in Python: O(n) steps.
        M = [[0] * num_classes for _ in range(num_classes)]
        for t, p in zip(y_true.tolist(), y_pred.tolist()):
            M[t][p] += 1
        return np.array(M, dtype=np.int64)
