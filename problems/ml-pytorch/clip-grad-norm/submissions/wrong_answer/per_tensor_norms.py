import torch


def clip_grad_norm(grads, max_norm, norm_type=2.0):
    out = []
    for g in grads:
        n = torch.linalg.vector_norm(g, norm_type)
        out.append(g * torch.clamp(max_norm / (n + 1e-6), max=1.0))
    return out, torch.linalg.vector_norm(torch.stack([torch.linalg.vector_norm(g, norm_type) for g in grads]),
                                         norm_type)
