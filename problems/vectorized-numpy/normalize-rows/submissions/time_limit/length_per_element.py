import math


def normalize_rows(X):
    # Correct but O(n m^2), all in Python: the row's length is recomputed for every element.
    n, m = X.shape
    out = X.copy()
    for i in range(n):
        for j in range(m):
            s = 0.0
            for k in range(m):
                s += X[i, k] * X[i, k]
            out[i, j] = X[i, j] / math.sqrt(s) if s > 0 else 0.0
    return out
