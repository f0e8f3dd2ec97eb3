import numpy as np


def scatter_add(indices, values, size):
    # Mistake: without minlength the result stops at the largest index used.
    return np.bincount(indices, weights=values).astype(np.float64)
