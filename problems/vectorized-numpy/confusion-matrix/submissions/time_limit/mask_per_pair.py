import numpy as np


def confusion_matrix(y_true, y_pred, num_classes):
    # Correct but O(C^2 n): a full scan of the examples for every (true, predicted) pair.
    M = np.zeros((num_classes, num_classes), dtype=np.int64)
    for t in range(num_classes):
        for p in range(num_classes):
            M[t, p] = np.count_nonzero((y_true == t) & (y_pred == p))
    return M
