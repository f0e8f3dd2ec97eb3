import torch


def fit_logistic(X, y, lr, steps):
    w = torch.zeros(X.shape[1], dtype=X.dtype)
    b = torch.zeros((), dtype=X.dtype)
    for _ in range(steps):
        e = y - torch.sigmoid(X @ w + b)
        w = w - lr * X.T @ e / len(y)
        b = b - lr * e.mean()
    return w, b
