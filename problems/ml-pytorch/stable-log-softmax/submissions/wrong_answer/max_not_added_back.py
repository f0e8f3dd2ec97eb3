import torch


def log_softmax(logits, dim=-1):
    m = logits.amax(dim, keepdim=True)
    z = logits.double() - m.double()
    return (logits.double() - z.exp().sum(dim, keepdim=True).log()).to(logits.dtype)
