# Right, but one example at a time in Python: the complexity report flags it as not vectorized.
import torch


def cross_entropy_backward(logits, target):
    n = logits.shape[0]
    grad = torch.empty_like(logits)
    for i in range(n):
        shifted = logits[i] - logits[i].max()
        row = shifted.exp() / shifted.exp().sum()
        row[target[i]] -= 1
        grad[i] = row / n
    return grad
