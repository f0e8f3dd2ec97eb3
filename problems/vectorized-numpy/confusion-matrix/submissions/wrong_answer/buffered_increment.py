import numpy as np


def confusion_matrix(y_true, y_pred, num_classes):
    # Mistake: buffered fancy-index increment counts each distinct pair once.
    M = np.zeros((num_classes, num_classes), dtype=np.int64)
    M[y_true, y_pred] += 1
    return M
