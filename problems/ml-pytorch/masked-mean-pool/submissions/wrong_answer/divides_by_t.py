import torch


def masked_mean(hidden, lengths):
    keep = torch.arange(hidden.shape[1]) < lengths[:, None]
    return hidden.masked_fill(~keep[..., None], 0.0).mean(1)  # divides by T, padding included
