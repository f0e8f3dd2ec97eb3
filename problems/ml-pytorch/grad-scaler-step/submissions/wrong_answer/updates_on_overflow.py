import torch


def scaled_sgd_step(params, scaled_grads, scale, growth_tracker, lr, growth_factor, backoff_factor,
                    growth_interval):
    grads = [g.float() / scale for g in scaled_grads]
    skipped = not all(torch.isfinite(g).all() for g in grads)
    new = [p - lr * torch.nan_to_num(g, nan=0.0, posinf=0.0, neginf=0.0) for p, g in zip(params, grads)]
    if skipped:
        return new, scale * backoff_factor, 0, True
    growth_tracker += 1
    if growth_tracker == growth_interval:
        return new, scale * growth_factor, 0, False
    return new, scale, growth_tracker, False
