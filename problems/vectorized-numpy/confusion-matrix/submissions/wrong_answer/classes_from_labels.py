import numpy as np


def confusion_matrix(y_true, y_pred, num_classes):
    # Mistake: sizes the matrix from the labels seen, not from num_classes.
    c = int(max(y_true.max(), y_pred.max())) + 1 if len(y_true) else num_classes
    M = np.zeros((c, c), dtype=np.int64)
    np.add.at(M, (y_true, y_pred), 1)
    return M
