import numpy as np


def pairwise_sq_dists(X, Y):
    # Exact coordinate differences (no cancellation), one row of X at a time: O(n m d) time,
    # and the (m, d) temporary is the only extra memory besides the answer.
    out = np.empty((X.shape[0], Y.shape[0]), dtype=np.float64)
    for i in range(X.shape[0]):
        diff = Y - X[i]
        out[i] = np.einsum("jk,jk->j", diff, diff)
    return out
