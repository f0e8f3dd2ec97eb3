# Right, but one row at a time: the complexity report flags it as not vectorized.
import torch


def layer_norm(x, weight, bias, eps=1e-5):
    flat = x.reshape(-1, x.shape[-1])
    out = torch.empty_like(flat)
    for i in range(flat.shape[0]):
        row = flat[i]
        mu = row.mean()
        var = ((row - mu) ** 2).mean()
        out[i] = (row - mu) / torch.sqrt(var + eps) * weight + bias
    return out.reshape(x.shape)
