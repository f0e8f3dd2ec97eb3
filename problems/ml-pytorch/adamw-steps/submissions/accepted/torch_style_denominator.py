import math

import torch


def adamw_steps(params, grads, lr, betas, eps, weight_decay):
    b1, b2 = betas
    ps = [p.detach().clone() for p in params]
    ms = [torch.zeros_like(p) for p in ps]
    vs = [torch.zeros_like(p) for p in ps]
    t = 0
    for gs in grads:
        t += 1
        for p, m, v, g in zip(ps, ms, vs, gs):
            p.mul_(1 - lr * weight_decay)
            m.mul_(b1).add_(g, alpha=1 - b1)
            v.mul_(b2).addcmul_(g, g, value=1 - b2)
            denom = v.sqrt() / math.sqrt(1 - b2 ** t) + eps
            p.addcdiv_(m, denom, value=-lr / (1 - b1 ** t))
    return ps, ms, vs
