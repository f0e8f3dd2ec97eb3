import torch


def log_softmax(logits, dim=-1):
    return torch.log(torch.softmax(logits, dim=dim))
