import torch


def cross_entropy(logits, target, ignore_index=-100, label_smoothing=0.0):
    n, c = logits.shape
    logp = torch.log_softmax(logits, -1)
    keep = target != ignore_index
    t = torch.where(keep, target, 0)
    q = torch.full_like(logp, label_smoothing / max(c - 1, 1))  # spreads e over the wrong classes only
    q.scatter_(1, t[:, None], 1 - label_smoothing)
    loss = -(q * logp).sum(-1)
    return torch.where(keep, loss, 0).sum() / keep.sum()
