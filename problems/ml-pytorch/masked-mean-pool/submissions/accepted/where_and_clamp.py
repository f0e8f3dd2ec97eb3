import torch


def masked_mean(hidden, lengths):
    t = hidden.shape[1]
    keep = (torch.arange(t) < lengths[:, None]).unsqueeze(-1)
    s = torch.where(keep, hidden, torch.zeros((), dtype=hidden.dtype)).sum(1)
    return s / lengths.clamp_min(1).unsqueeze(1).to(hidden.dtype)
