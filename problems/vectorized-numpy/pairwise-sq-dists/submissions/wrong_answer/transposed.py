import numpy as np


def pairwise_sq_dists(X, Y):
    # Mistake: Y's points end up on the rows, so the answer has shape (m, n).
    sq = (Y * Y).sum(axis=1)[:, None] + (X * X).sum(axis=1)[None, :] - 2.0 * (Y @ X.T)
    return np.maximum(sq, 0.0)
