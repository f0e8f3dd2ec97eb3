import math

import torch


def adamw_steps(params, grads, lr, betas, eps, weight_decay):
    beta1, beta2 = betas
    params = [p.clone() for p in params]
    exp_avg = [torch.zeros_like(p) for p in params]
    exp_avg_sq = [torch.zeros_like(p) for p in params]
    for step, step_grads in enumerate(grads, start=1):
        correction1 = 1 - beta1 ** step
        correction2 = 1 - beta2 ** step
        for i, g in enumerate(step_grads):
            params[i] = params[i] * (1 - lr * weight_decay)
            exp_avg[i] = beta1 * exp_avg[i] + (1 - beta1) * g
            exp_avg_sq[i] = beta2 * exp_avg_sq[i] + (1 - beta2) * g * g
            denom = (exp_avg_sq[i] / correction2).sqrt() + eps
            params[i] = params[i] - lr * (exp_avg[i] / correction1) / denom
    return params, exp_avg, exp_avg_sq
