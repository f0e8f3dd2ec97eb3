import numpy as np


def confusion_matrix(y_true, y_pred, num_classes):
    flat = y_true * num_classes + y_pred
    return np.bincount(flat, minlength=num_classes * num_classes).reshape(num_classes, num_classes)
