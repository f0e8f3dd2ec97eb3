import torch


def accumulated_grads(w, b, x, y, micro_batch):
    n = x.shape[0]
    grads = None
    for start in range(0, n, micro_batch):
        wl, bl = w.clone().requires_grad_(), b.clone().requires_grad_()  # fresh leaves: nothing accumulates
        xs, ys = x[start:start + micro_batch], y[start:start + micro_batch]
        (((xs @ wl + bl - ys) ** 2).sum(1).mean() * len(xs) / n).backward()
        grads = (wl.grad, bl.grad)
    return grads
