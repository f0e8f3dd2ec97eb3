import numpy as np


def scatter_add(indices, values, size):
    # Mistake: fancy-index `+=` is buffered; for a repeated index only the last addition survives.
    out = np.zeros(size)
    out[indices] += values
    return out
