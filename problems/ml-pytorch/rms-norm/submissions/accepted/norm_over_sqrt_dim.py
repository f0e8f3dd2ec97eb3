import math

import torch
from torch import nn


class RMSNorm(nn.Module):
    def __init__(self, dim, eps=1e-6):
        super().__init__()
        self.eps = eps
        self.dim = dim
        self.weight = nn.Parameter(torch.ones(dim))

    def forward(self, x):
        ms = (x * x).sum(-1, keepdim=True) / self.dim
        return self.weight * (x / torch.sqrt(ms + self.eps))
