# Right, but one row at a time in Python: the complexity report flags it as not vectorized.
import torch
from torch import nn


class RMSNorm(nn.Module):
    def __init__(self, dim, eps=1e-6):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(dim))

    def forward(self, x):
        flat = x.reshape(-1, x.shape[-1])
        rows = [r / torch.sqrt((r * r).mean() + self.eps) * self.weight for r in flat.unbind(0)]
        return torch.stack(rows).reshape(x.shape) if rows else x * self.weight
