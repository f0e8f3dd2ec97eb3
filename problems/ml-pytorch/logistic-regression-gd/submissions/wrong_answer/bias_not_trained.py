import torch


def fit_logistic(X, y, lr, steps):
    w = torch.zeros(X.shape[1], dtype=X.dtype)
    for _ in range(steps):
        e = torch.sigmoid(X @ w) - y
        w = w - lr * X.T @ e / len(y)
    return w, torch.zeros((), dtype=X.dtype)
