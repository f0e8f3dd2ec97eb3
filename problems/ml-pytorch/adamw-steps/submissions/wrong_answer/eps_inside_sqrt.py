import torch


def adamw_steps(params, grads, lr, betas, eps, weight_decay):
    b1, b2 = betas
    ps = [p.clone() for p in params]
    ms = [torch.zeros_like(p) for p in ps]
    vs = [torch.zeros_like(p) for p in ps]
    for t, gs in enumerate(grads, 1):
        for i, g in enumerate(gs):
            ps[i] = ps[i] * (1 - lr * weight_decay)
            ms[i] = b1 * ms[i] + (1 - b1) * g
            vs[i] = b2 * vs[i] + (1 - b2) * g * g
            ps[i] = ps[i] - lr * (ms[i] / (1 - b1 ** t)) / (vs[i] / (1 - b2 ** t) + eps).sqrt()
    return ps, ms, vs
