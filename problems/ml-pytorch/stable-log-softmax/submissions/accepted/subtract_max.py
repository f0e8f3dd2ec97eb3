import torch


def log_softmax(logits, dim=-1):
    m = logits.max(dim=dim, keepdim=True).values
    z = (logits - m).float() if logits.dtype == torch.float16 else logits - m
    return (z - z.exp().sum(dim, keepdim=True).log()).to(logits.dtype)
