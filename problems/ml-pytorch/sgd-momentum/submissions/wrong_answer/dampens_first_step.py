import torch


def sgd_steps(params, grads, lr, momentum, dampening, weight_decay, nesterov):
    ps = [p.clone() for p in params]
    bufs = [torch.zeros_like(p) for p in ps]
    for gs in grads:
        for i, g in enumerate(gs):
            d = g + weight_decay * ps[i]
            if momentum:
                bufs[i] = momentum * bufs[i] + (1 - dampening) * d  # from a zero buffer: step 1 is dampened
                d = d + momentum * bufs[i] if nesterov else bufs[i]
            ps[i] = ps[i] - lr * d
    return ps, bufs
