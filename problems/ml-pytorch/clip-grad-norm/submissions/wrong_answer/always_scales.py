import torch


def clip_grad_norm(grads, max_norm, norm_type=2.0):
    total = torch.linalg.vector_norm(torch.stack([torch.linalg.vector_norm(g, norm_type) for g in grads]), norm_type)
    coef = max_norm / (total + 1e-6)  # also scales up gradients under the limit
    return [g * coef for g in grads], total
