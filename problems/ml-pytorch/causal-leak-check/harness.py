"""Builds the model a case names, inside the container (trusted pack code: problems/README.md, harness.py).

A case's first argument is a spec, ``{"seed": s, "parts": [...]}``: the model is the sum of the parts' outputs,
each a small sequence map of (B, T, D) float64 to (B, T, D), its weights drawn from a generator seeded with
``s`` (never the global one, whose draws belong to the solution). Some parts are causal; the others leak
the future in one particular way. The entry receives the model, a ``torch.nn.Module``, and B, T, D.
"""

import math

import torch
from torch import nn


class Model(nn.Module):
    def __init__(self, parts):
        super().__init__()
        self.parts = nn.ModuleList(parts)

    def forward(self, x):
        return sum(part(x) for part in self.parts)


class Attention(nn.Module):
    """Single-head self-attention; position t sees positions s <= t + reach (reach 0: causal)."""

    def __init__(self, gen, d, t, reach):
        super().__init__()
        self.q, self.k, self.v = (nn.Parameter(torch.randn(d, d, generator=gen, dtype=torch.float64) / math.sqrt(d))
                                  for _ in range(3))
        self.register_buffer("hidden", torch.ones(t, t, dtype=torch.bool).triu(1 + reach))

    def forward(self, x):
        scores = (x @ self.q) @ (x @ self.k).transpose(1, 2) / math.sqrt(x.shape[-1])
        return torch.softmax(scores.masked_fill(self.hidden, float("-inf")), -1) @ (x @ self.v)


class Mixer(nn.Module):
    """Mixes positions through a fixed (T, T) matrix, then a per-position tanh layer."""

    def __init__(self, gen, d, mix):
        super().__init__()
        self.register_buffer("mix", mix)
        self.w = nn.Parameter(torch.randn(d, d, generator=gen, dtype=torch.float64) / math.sqrt(d))

    def forward(self, x):
        return torch.tanh(torch.einsum("ts,bsd->btd", self.mix, x) @ self.w)


class Product(nn.Module):
    """y[t] = x[t] * x[t + shift] (0 past the end): its gradient with respect to x[t + shift] is x[t]."""

    def __init__(self, shift, scale):
        super().__init__()
        self.shift, self.scale = shift, scale

    def forward(self, x):
        later = torch.zeros_like(x)
        kept = max(0, x.shape[1] - self.shift)
        later[:, :kept] = x[:, x.shape[1] - kept:]
        return self.scale * x * later


class Cancelling(nn.Module):
    """Adds x[t + 1, feature 0] to feature 0 of y[t] and subtracts it from feature 1: the features' sum never moves."""

    def forward(self, x):
        out = torch.zeros_like(x)
        out[:, :-1, 0] = x[:, 1:, 0]
        out[:, :-1, 1] = -x[:, 1:, 0]
        return out


class OtherRow(nn.Module):
    """Batch row b at position t gets row b - 1's input at position t + 1 (a roll along the wrong axes)."""

    def forward(self, x):
        out = torch.zeros_like(x)
        out[:, :-1] = torch.roll(x, 1, 0)[:, 1:]
        return out


class BatchNorm(nn.Module):
    """Normalises every feature over batch and time together, as training-mode batch normalisation does."""

    def forward(self, x):
        mean = x.mean((0, 1), keepdim=True)
        return (x - mean) / torch.sqrt(x.var((0, 1), unbiased=False, keepdim=True) + 1e-5)


class AddLast(nn.Module):
    """y[t] = x[t] + x[T - 1]: every position reads the last input."""

    def forward(self, x):
        return x + x[:, -1:]


class Constant(nn.Module):
    """A learned output per position that ignores the input: nothing flows from x at all."""

    def __init__(self, gen, d, t):
        super().__init__()
        self.value = nn.Parameter(torch.randn(t, d, generator=gen, dtype=torch.float64))

    def forward(self, x):
        return self.value.expand(x.shape[0], -1, -1)


def mix_matrix(gen, t, kind, at=0, scale=1.0):
    lower = torch.rand(t, t, generator=gen, dtype=torch.float64).tril()
    if kind == "causal":
        return lower
    if kind == "cumsum":
        return torch.ones(t, t, dtype=torch.float64).tril()
    if kind == "mean":  # pooled over every position, then added to each
        return lower + 1.0 / t
    if kind == "conv-centred":  # a width-3 convolution padded on both sides
        return torch.ones(t, t, dtype=torch.float64).triu(-1).tril(1)
    if kind == "conv-left":  # the same width, padded on the left only: causal
        return torch.ones(t, t, dtype=torch.float64).tril().triu(-2)
    if kind == "reversed":
        return torch.eye(t, dtype=torch.float64).flip(0)
    future = torch.zeros(t, t, dtype=torch.float64)
    if kind == "from-last":  # output `at` reads the last input
        future[at, t - 1] = scale
    elif kind == "ahead":  # every output reads the input `at` positions ahead
        future = torch.ones(t, t, dtype=torch.float64).triu(at).tril(at) * scale
    return lower + future


def part(gen, d, t, spec):
    name, *options = spec
    if name == "attention":
        return Attention(gen, d, t, *options)
    if name == "mix":
        return Mixer(gen, d, mix_matrix(gen, t, *options))
    if name == "constant":
        return Constant(gen, d, t)
    if name == "product":
        return Product(*options)
    return {"cancelling": Cancelling, "other-row": OtherRow, "batch-norm": BatchNorm, "add-last": AddLast}[name]()


def build(args):
    spec, b, t, d = args
    gen = torch.Generator().manual_seed(spec["seed"])
    return [Model([part(gen, d, t, p) for p in spec["parts"]]), b, t, d]
