import torch


def sgd_steps(params, grads, lr, momentum, dampening, weight_decay, nesterov):
    ps = [p.clone() for p in params]
    bufs = [None] * len(ps)
    for gs in grads:
        for i, g in enumerate(gs):
            d = g
            if momentum:
                bufs[i] = d.clone() if bufs[i] is None else momentum * bufs[i] + (1 - dampening) * d
                d = d + momentum * bufs[i] if nesterov else bufs[i]
            ps[i] = ps[i] - lr * (d + weight_decay * ps[i])
    return ps, [torch.zeros_like(p) if b is None else b for p, b in zip(ps, bufs)]
