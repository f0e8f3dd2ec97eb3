import torch


def clip_grad_norm(grads, max_norm, norm_type=2.0):
    ps = [torch.zeros_like(g, requires_grad=True) for g in grads]
    for p, g in zip(ps, grads):
        p.grad = g.clone()
    total = torch.nn.utils.clip_grad_norm_(ps, max_norm, norm_type)
    return [p.grad for p in ps], total
