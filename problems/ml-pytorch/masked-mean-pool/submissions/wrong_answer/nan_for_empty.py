import torch


def masked_mean(hidden, lengths):
    keep = torch.arange(hidden.shape[1]) < lengths[:, None]
    s = hidden.masked_fill(~keep[..., None], 0.0).sum(1)
    return s / lengths[:, None].to(hidden.dtype)  # 0 / 0 for an empty sequence
