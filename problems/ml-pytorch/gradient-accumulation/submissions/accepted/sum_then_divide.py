import torch


def accumulated_grads(w, b, x, y, micro_batch):
    w = w.clone().requires_grad_(True)
    b = b.clone().requires_grad_(True)
    for xs, ys in zip(x.split(micro_batch), y.split(micro_batch)):
        (((xs @ w + b - ys) ** 2).sum() / x.shape[0]).backward()
    return w.grad, b.grad
