import numpy as np


def one_hot(labels, num_classes):
    # Mistake: an integer matrix; the task asks for float64.
    out = np.zeros((len(labels), num_classes), dtype=np.int64)
    out[np.arange(len(labels)), labels] = 1
    return out
