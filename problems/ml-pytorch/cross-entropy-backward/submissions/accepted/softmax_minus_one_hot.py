import torch


def cross_entropy_backward(logits, target):
    p = torch.softmax(logits, dim=1)
    p[torch.arange(len(target)), target] -= 1
    return p / logits.shape[0]
