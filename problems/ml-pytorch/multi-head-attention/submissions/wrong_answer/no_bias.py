import math

import torch
from torch import nn


class MultiHeadAttention(nn.Module):
    """The q, k and v biases are loaded but never added."""

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

        def project(p):
            return (x @ p.weight.T).view(b, n, self.h, dk).transpose(1, 2)

        q, k, v = project(self.q_proj), project(self.k_proj), project(self.v_proj)
        scores = q @ k.transpose(-2, -1) / math.sqrt(dk)
        if mask is not None:
            m = mask if mask.dim() == 2 else mask[:, None]
            w = scores.masked_fill(~m, float("-inf")).softmax(-1).masked_fill(~m, 0.0)
        else:
            w = scores.softmax(-1)
        return self.out_proj((w @ v).transpose(1, 2).reshape(b, n, d))
