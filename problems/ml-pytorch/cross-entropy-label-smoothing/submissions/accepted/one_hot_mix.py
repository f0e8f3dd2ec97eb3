import torch


def cross_entropy(logits, target, ignore_index=-100, label_smoothing=0.0):
    n, c = logits.shape
    keep = target.ne(ignore_index)
    logp = logits.log_softmax(-1)
    onehot = torch.zeros_like(logp).scatter_(1, target.clamp(0, c - 1)[:, None], 1.0)
    q = onehot * (1 - label_smoothing) + label_smoothing / c
    per_row = -(q * logp).sum(-1)
    return per_row[keep].mean() if keep.any() else logits.new_tensor(float("nan"))
