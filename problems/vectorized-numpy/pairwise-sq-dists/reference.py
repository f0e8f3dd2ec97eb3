import numpy as np


def pairwise_sq_dists(X, Y):
    # |x - y|^2 = |x|^2 + |y|^2 - 2 x.y: one matrix product, the norms broadcast as a column and a row.
    # Close points far from the origin lose a few digits to cancellation, within this problem's
    # tolerance; equal points can dip just below zero, hence the clamp.
    x_norms = np.einsum("ij,ij->i", X, X)
    y_norms = np.einsum("ij,ij->i", Y, Y)
    sq = x_norms[:, None] + y_norms[None, :] - 2.0 * (X @ Y.T)
    return np.maximum(sq, 0.0)
