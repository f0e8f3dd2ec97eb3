import torch


def cross_entropy(logits, target, ignore_index=-100, label_smoothing=0.0):
    logp = torch.log_softmax(logits, dim=-1)
    keep = target != ignore_index
    picked = -logp.gather(1, torch.where(keep, target, 0)[:, None]).squeeze(1)
    spread = -logp.mean(dim=-1)
    loss = (1 - label_smoothing) * picked + label_smoothing * spread
    return torch.where(keep, loss, 0).sum() / keep.sum()
