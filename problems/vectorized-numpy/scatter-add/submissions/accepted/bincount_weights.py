import numpy as np


def scatter_add(indices, values, size):
    # bincount with weights sums per index; on empty input it returns int64, hence the astype.
    return np.bincount(indices, weights=values, minlength=size).astype(np.float64)
