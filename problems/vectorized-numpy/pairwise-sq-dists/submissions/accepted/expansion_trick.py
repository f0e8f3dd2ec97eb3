import numpy as np


def pairwise_sq_dists(X, Y):
    # |x - y|^2 = |x|^2 + |y|^2 - 2 x.y: one matrix product does the heavy lifting.
    sq = (X * X).sum(axis=1)[:, None] + (Y * Y).sum(axis=1)[None, :] - 2.0 * (X @ Y.T)
    np.maximum(sq, 0.0, out=sq)  # rounding can dip just below zero for equal points
    return sq
