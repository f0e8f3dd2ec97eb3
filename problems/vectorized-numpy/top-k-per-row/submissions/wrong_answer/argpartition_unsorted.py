import numpy as np


def top_k_per_row(X, k):
    # Mistake: argpartition picks the k largest but leaves them in arbitrary order.
    return np.argpartition(-X, k - 1, axis=1)[:, :k]
