import numpy as np


def softmax_rows(X):
    # Mistake: sums over axis 0, so each column sums to 1 instead of each row.
    e = np.exp(X - X.max(axis=0, keepdims=True))
    return e / e.sum(axis=0, keepdims=True)
