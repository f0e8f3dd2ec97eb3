import numpy as np


def one_hot(labels, num_classes):
    # Mistake: infers the number of classes from the labels, so the matrix is too
    # narrow whenever the highest classes do not occur.
    k = int(labels.max()) + 1 if len(labels) else num_classes
    out = np.zeros((len(labels), k))
    out[np.arange(len(labels)), labels] = 1.0
    return out
