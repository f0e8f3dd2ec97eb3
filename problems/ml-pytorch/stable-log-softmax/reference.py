import torch


def log_softmax(logits, dim=-1):
    wide = logits.double()
    shifted = wide - wide.amax(dim=dim, keepdim=True)
    return (shifted - torch.log(torch.exp(shifted).sum(dim=dim, keepdim=True))).to(logits.dtype)
