import torch


def accumulated_grads(w, b, x, y, micro_batch):
    w = w.detach().clone().requires_grad_()
    b = b.detach().clone().requires_grad_()
    n = x.shape[0]
    for start in range(0, n, micro_batch):
        xs, ys = x[start:start + micro_batch], y[start:start + micro_batch]
        loss = ((xs @ w + b - ys) ** 2).sum(dim=1).mean()
        (loss * (xs.shape[0] / n)).backward()
    return w.grad, b.grad
