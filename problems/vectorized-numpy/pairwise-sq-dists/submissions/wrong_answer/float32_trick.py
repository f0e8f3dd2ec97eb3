import numpy as np


def pairwise_sq_dists(X, Y):
    # Mistake: casts to float32 "for speed"; with the expansion trick the cancellation
    # error is then far above the tolerance for close points far from the origin.
    X = X.astype(np.float32)
    Y = Y.astype(np.float32)
    sq = (X * X).sum(axis=1)[:, None] + (Y * Y).sum(axis=1)[None, :] - 2.0 * (X @ Y.T)
    return np.maximum(sq, 0.0)
