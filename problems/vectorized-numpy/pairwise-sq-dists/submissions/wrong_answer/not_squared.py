import numpy as np


def pairwise_sq_dists(X, Y):
    # Mistake: returns plain Euclidean distances; the task asks for their squares.
    sq = (X * X).sum(axis=1)[:, None] + (Y * Y).sum(axis=1)[None, :] - 2.0 * (X @ Y.T)
    return np.sqrt(np.maximum(sq, 0.0))
