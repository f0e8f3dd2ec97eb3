import numpy as np


def pairwise_sq_dists(X, Y):
    # Correct, but every coordinate difference is a Python-level operation on NumPy scalars.
    n, d = X.shape
    m = Y.shape[0]
    out = np.zeros((n, m))
    for i in range(n):
        for j in range(m):
            total = 0.0
            for k in range(d):
                diff = X[i, k] - Y[j, k]
                total += diff * diff
            out[i, j] = total
    return out
