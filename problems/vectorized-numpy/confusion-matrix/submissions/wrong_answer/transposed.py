import numpy as np


def confusion_matrix(y_true, y_pred, num_classes):
    # Mistake: rows are the predicted classes, columns the true ones.
    flat = y_pred * num_classes + y_true
    return np.bincount(flat, minlength=num_classes * num_classes).reshape(num_classes, num_classes)
