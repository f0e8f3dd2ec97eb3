# Right, but one slice at a time in Python: the complexity report flags it as not vectorized.
import torch


def log_softmax(logits, dim=-1):
    moved = logits.double().movedim(dim, -1)
    flat = moved.reshape(-1, moved.shape[-1])
    out = torch.empty_like(flat)
    for i in range(flat.shape[0]):
        row = flat[i] - flat[i].max()
        out[i] = row - row.exp().sum().log()
    return out.reshape(moved.shape).movedim(-1, dim).to(logits.dtype)
