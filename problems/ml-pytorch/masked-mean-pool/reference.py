import torch


def masked_mean(hidden, lengths):
    batch, steps, _ = hidden.shape
    real = torch.arange(steps)[None, :] < lengths[:, None]
    total = hidden.masked_fill(~real[..., None], 0.0).sum(dim=1)
    return total / lengths.clamp(min=1)[:, None].to(hidden.dtype)
