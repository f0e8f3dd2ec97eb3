import torch


def cross_entropy_backward(logits, target):
    x = logits.clone().requires_grad_()
    torch.nn.functional.cross_entropy(x, target).backward()
    return x.grad
