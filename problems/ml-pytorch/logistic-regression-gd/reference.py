import torch


def fit_logistic(X, y, lr, steps):
    n, d = X.shape
    w = torch.zeros(d, dtype=X.dtype)
    b = torch.zeros((), dtype=X.dtype)
    for _ in range(steps):
        error = torch.sigmoid(X @ w + b) - y
        w = w - lr * (X.T @ error) / n
        b = b - lr * error.mean()
    return w, b
