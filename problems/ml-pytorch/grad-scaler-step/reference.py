import torch


def scaled_sgd_step(params, scaled_grads, scale, growth_tracker, lr, growth_factor, backoff_factor,
                    growth_interval):
    grads = [g.float() * (1.0 / scale) for g in scaled_grads]
    if not all(bool(torch.isfinite(g).all()) for g in grads):
        return [p.clone() for p in params], scale * backoff_factor, 0, True
    updated = [p - lr * g for p, g in zip(params, grads)]
    growth_tracker += 1
    if growth_tracker == growth_interval:
        return updated, scale * growth_factor, 0, False
    return updated, scale, growth_tracker, False
