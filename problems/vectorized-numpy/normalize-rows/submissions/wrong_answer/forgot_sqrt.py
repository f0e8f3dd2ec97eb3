import numpy as np


def normalize_rows(X):
    # Mistake: divides by the squared length.
    sq = (X ** 2).sum(axis=1, keepdims=True)
    return np.divide(X, sq, out=np.zeros_like(X), where=sq > 0)
