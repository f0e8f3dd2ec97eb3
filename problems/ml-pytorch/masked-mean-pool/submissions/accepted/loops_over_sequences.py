# Right, but one sequence at a time in Python: the complexity report flags it as not vectorized.
import torch


def masked_mean(hidden, lengths):
    out = torch.zeros(hidden.shape[0], hidden.shape[2], dtype=hidden.dtype)
    for b in range(hidden.shape[0]):
        n = int(lengths[b])
        if n > 0:
            out[b] = hidden[b, :n].sum(dim=0) / n
    return out
