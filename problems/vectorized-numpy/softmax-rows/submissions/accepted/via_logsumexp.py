import numpy as np


def softmax_rows(X):
    # exp(x - logsumexp(x)), with the row maximum pulled out of the logsumexp.
    m = X.max(axis=1)
    lse = m + np.log(np.exp(X - m[:, None]).sum(axis=1))
    return np.exp(X - lse[:, None])
