import torch


def fit_logistic(X, y, lr, steps):
    w = torch.zeros(X.shape[1], dtype=X.dtype)
    b = torch.zeros((), dtype=X.dtype)
    for _ in range(steps):
        e = torch.sigmoid(X @ w + b) - y
        w = w - lr * X.T @ e  # the gradient of the summed loss
        b = b - lr * e.sum()
    return w, b
