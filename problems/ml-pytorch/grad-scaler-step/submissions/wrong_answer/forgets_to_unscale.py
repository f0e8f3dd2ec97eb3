import torch


def scaled_sgd_step(params, scaled_grads, scale, growth_tracker, lr, growth_factor, backoff_factor,
                    growth_interval):
    grads = [g.float() for g in scaled_grads]
    if not all(torch.isfinite(g).all() for g in grads):
        return [p.clone() for p in params], scale * backoff_factor, 0, True
    new = [p - lr * g for p, g in zip(params, grads)]
    growth_tracker += 1
    if growth_tracker == growth_interval:
        return new, scale * growth_factor, 0, False
    return new, scale, growth_tracker, False
