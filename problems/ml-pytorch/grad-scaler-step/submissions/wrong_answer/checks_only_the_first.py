import torch


def scaled_sgd_step(params, scaled_grads, scale, growth_tracker, lr, growth_factor, backoff_factor,
                    growth_interval):
    grads = [g.float() / scale for g in scaled_grads]
    if not torch.isfinite(grads[0]).all():
        return [p.clone() for p in params], scale * backoff_factor, 0, True
    new = [p - lr * g for p, g in zip(params, grads)]
    growth_tracker += 1
    if growth_tracker == growth_interval:
        return new, scale * growth_factor, 0, False
    return new, scale, growth_tracker, False
