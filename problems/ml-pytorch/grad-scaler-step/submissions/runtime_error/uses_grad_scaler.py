import torch


def scaled_sgd_step(params, scaled_grads, scale, growth_tracker, lr, growth_factor, backoff_factor,
                    growth_interval):
    scaler = torch.amp.GradScaler("cpu", init_scale=scale, growth_factor=growth_factor,
                                  backoff_factor=backoff_factor, growth_interval=growth_interval)
    raise RuntimeError("unreachable: the scaler is refused")
