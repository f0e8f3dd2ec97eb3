import torch


def log_softmax(logits, dim=-1):
    m = logits.amax(-1, keepdim=True)
    z = logits.double() - m.double()
    return (z - z.exp().sum(-1, keepdim=True).log()).to(logits.dtype)
