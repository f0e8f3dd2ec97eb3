import torch


def clip_grad_norm(grads, max_norm, norm_type=2.0):
    flat = torch.cat([g.reshape(-1) for g in grads])
    total = flat.abs().max() if norm_type == float("inf") else flat.pow(2).sum().sqrt()
    scale = min(1.0, float(max_norm / (total + 1e-6)))
    return [g * scale for g in grads], total
