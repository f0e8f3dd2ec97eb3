import numpy as np


def knn_indices(queries, points, k):
    # Correct but O(q p d) in Python: every coordinate difference of every pair is a Python step.
    out = np.empty((queries.shape[0], k), dtype=np.int64)
    for i in range(queries.shape[0]):
        dists = []
        for j in range(points.shape[0]):
            dists.append((sum((a - b) ** 2 for a, b in zip(queries[i], points[j])), j))
        dists.sort()
        out[i] = [j for _, j in dists[:k]]
    return out
