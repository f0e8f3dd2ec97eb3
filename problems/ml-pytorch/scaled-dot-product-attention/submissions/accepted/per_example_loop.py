# Right answers, one leading index at a time: the complexity report flags it as not vectorized.
import math

import torch


def _one(q, k, v, mask):
    scores = q @ k.T / math.sqrt(q.shape[-1])
    if mask is not None:
        scores = scores.masked_fill(~mask, float("-inf"))
    weights = torch.softmax(scores, dim=-1)
    if mask is not None:
        weights = weights.masked_fill(~mask, 0.0)
    return weights @ v


def scaled_dot_product_attention(q, k, v, mask=None):
    lead = q.shape[:-2]
    if mask is not None:
        mask = mask.expand(*lead, q.shape[-2], k.shape[-2])
    if not lead:
        return _one(q, k, v, mask)
    rows = [scaled_dot_product_attention(q[i], k[i], v[i], None if mask is None else mask[i])
            for i in range(q.shape[0])]
    return torch.stack(rows)
