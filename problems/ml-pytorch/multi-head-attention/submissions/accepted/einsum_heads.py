import math

import torch
from torch import nn


class MultiHeadAttention(nn.Module):
    def __init__(self, d_model, num_heads):
        super().__init__()
        self.h = num_heads
        self.q_proj = nn.Linear(d_model, d_model)
        self.k_proj = nn.Linear(d_model, d_model)
        self.v_proj = nn.Linear(d_model, d_model)
        self.out_proj = nn.Linear(d_model, d_model)

    def forward(self, x, mask=None):
        b, n, d = x.shape
        dk = d // self.h
        q = self.q_proj(x).reshape(b, n, self.h, dk)
        k = self.k_proj(x).reshape(b, n, self.h, dk)
        v = self.v_proj(x).reshape(b, n, self.h, dk)
        scores = torch.einsum("bihd,bjhd->bhij", q, k) / math.sqrt(dk)
        if mask is not None:
            m = mask.unsqueeze(-3)  # a heads axis in front of (L, L)
            scores = scores.masked_fill(~m, float("-inf"))
            w = torch.nan_to_num(scores.softmax(-1), nan=0.0)
        else:
            w = scores.softmax(-1)
        out = torch.einsum("bhij,bjhd->bihd", w, v).reshape(b, n, d)
        return self.out_proj(out)
