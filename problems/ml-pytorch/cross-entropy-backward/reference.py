import torch


def cross_entropy_backward(logits, target):
    # The judge's answers come from autograd itself (forbidden only to submissions).
    leaf = logits.detach().clone().requires_grad_()
    loss = -torch.log_softmax(leaf, dim=-1).gather(1, target[:, None]).mean()
    (grad,) = torch.autograd.grad(loss, leaf)
    return grad
