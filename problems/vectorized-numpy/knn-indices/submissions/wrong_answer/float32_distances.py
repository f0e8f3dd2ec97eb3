import numpy as np


def knn_indices(queries, points, k):
    # Mistake: float32 "for speed"; squared distances above 2^24 are rounded, so close
    # distances merge or swap and the order (ties included) comes out wrong.
    Q = queries.astype(np.float32)
    P = points.astype(np.float32)
    sq = (Q * Q).sum(1)[:, None] + (P * P).sum(1)[None, :] - 2 * (Q @ P.T)
    return np.argsort(sq, axis=1, kind="stable")[:, :k]
