import torch


def cross_entropy_backward(logits, target):
    e = torch.exp(logits)
    p = e / e.sum(1, keepdim=True)
    p[torch.arange(len(target)), target] -= 1
    return p / len(target)
