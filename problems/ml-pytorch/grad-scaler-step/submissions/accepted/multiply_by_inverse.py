import torch


def scaled_sgd_step(params, scaled_grads, scale, growth_tracker, lr, growth_factor, backoff_factor,
                    growth_interval):
    inv = 1.0 / scale
    grads = [g.to(torch.float32).mul(inv) for g in scaled_grads]
    overflow = torch.stack([~torch.isfinite(g).all() for g in grads]).any()
    if overflow:
        return [p.detach().clone() for p in params], scale * backoff_factor, 0, True
    new = [p.sub(g, alpha=lr) for p, g in zip(params, grads)]
    tracker = growth_tracker + 1
    if tracker >= growth_interval:
        return new, scale * growth_factor, 0, False
    return new, scale, tracker, False
