import numpy as np


def top_k_per_row(X, k):
    # Sort each row by (-value, column); lexsort's last key is the primary one.
    n, m = X.shape
    cols = np.broadcast_to(np.arange(m), (n, m))
    order = np.lexsort((cols, -X), axis=1)
    return order[:, :k]
