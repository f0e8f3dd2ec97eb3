import torch


def masked_mean(hidden, lengths):
    keep = (torch.arange(hidden.shape[1]) < lengths[:, None]).to(hidden.dtype)
    s = (hidden * keep[..., None]).sum(1)  # NaN * 0 is NaN
    return s / lengths.clamp(min=1)[:, None].to(hidden.dtype)
