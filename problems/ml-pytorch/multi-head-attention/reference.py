import math

import torch
from torch import nn


class MultiHeadAttention(nn.Module):
    def __init__(self, d_model, num_heads):
        super().__init__()
        self.num_heads = num_heads
        self.d_k = d_model // num_heads
        self.q_proj = nn.Linear(d_model, d_model)
        self.k_proj = nn.Linear(d_model, d_model)
        self.v_proj = nn.Linear(d_model, d_model)
        self.out_proj = nn.Linear(d_model, d_model)

    def _heads(self, t):
        batch, length, _ = t.shape
        return t.view(batch, length, self.num_heads, self.d_k).transpose(1, 2)

    def forward(self, x, mask=None):
        batch, length, d_model = x.shape
        q, k, v = self._heads(self.q_proj(x)), self._heads(self.k_proj(x)), self._heads(self.v_proj(x))
        scores = q @ k.transpose(-2, -1) / math.sqrt(self.d_k)
        if mask is None:
            weights = torch.softmax(scores, dim=-1)
        else:
            allowed = mask if mask.dim() == 2 else mask[:, None]
            weights = torch.softmax(scores.masked_fill(~allowed, float("-inf")), dim=-1).masked_fill(~allowed, 0.0)
        heads = (weights @ v).transpose(1, 2).reshape(batch, length, d_model)
        return self.out_proj(heads)
