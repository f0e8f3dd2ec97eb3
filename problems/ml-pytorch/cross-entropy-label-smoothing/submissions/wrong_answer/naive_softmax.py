import torch


def cross_entropy(logits, target, ignore_index=-100, label_smoothing=0.0):
    p = torch.exp(logits) / torch.exp(logits).sum(-1, keepdim=True)
    logp = torch.log(p)
    keep = target != ignore_index
    picked = -logp.gather(1, torch.where(keep, target, 0)[:, None]).squeeze(1)
    loss = (1 - label_smoothing) * picked + label_smoothing * -logp.mean(-1)
    return torch.where(keep, loss, 0).sum() / keep.sum()
