import numpy as np


def scatter_add(indices, values, size):
    # Mistake: forgets the weights, so it counts the hits instead of summing the values.
    return np.bincount(indices, minlength=size).astype(np.float64)
