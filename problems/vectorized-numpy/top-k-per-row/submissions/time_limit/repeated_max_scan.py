import numpy as np


def top_k_per_row(X, k):
    # Correct but O(n k m): k passes over each row, each taking the largest value not yet taken.
    n, m = X.shape
    out = np.empty((n, k), dtype=np.int64)
    for i in range(n):
        taken = [False] * m
        for t in range(k):
            best = -1
            for j in range(m):
                if not taken[j] and (best < 0 or X[i, j] > X[i, best]):
                    best = j
            taken[best] = True
            out[i, t] = best
    return out
