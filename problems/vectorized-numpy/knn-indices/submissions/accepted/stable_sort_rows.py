import numpy as np


def knn_indices(queries, points, k):
    # Exact squared distances (whole-number coordinates), then a stable sort of every row:
    # equal distances keep their index order.
    sq = (queries * queries).sum(1)[:, None] + (points * points).sum(1)[None, :] - 2.0 * (queries @ points.T)
    return np.argsort(sq, axis=1, kind="stable")[:, :k]
