import math

import torch


def scaled_dot_product_attention(q, k, v, mask=None):
    scores = q @ k.transpose(-2, -1) / math.sqrt(q.shape[-1])
    if mask is not None:
        scores = scores.masked_fill(mask, float("-inf"))  # True read as "hide this key"
        return torch.softmax(scores, dim=-1).masked_fill(mask, 0.0) @ v
    return torch.softmax(scores, dim=-1) @ v
