"""Builds the training setup a case names, inside the container (trusted pack code: problems/README.md, harness.py).

A case's first argument is a spec: ``{"seed": s, "task": "classify" | "regress" | "line", "batch": n, "features": d,
"hidden": h, "outputs": k, "optimizer": "adam" | "sgd", "lr": lr, "bug": None | name}``. Everything random is
drawn from generators seeded with ``s`` (never the global one, whose draws belong to the solution). The entry
receives the model, the optimizer, the loss function, the batch source and the number of steps; a bug, when
the spec names one, is planted in one of them the way it happens in real code.
"""

import copy

import torch
from torch import nn
from torch.nn import functional as F


def build(args):
    spec, steps = args
    gen = torch.Generator().manual_seed(spec["seed"])
    n, d, h, k = spec["batch"], spec["features"], spec["hidden"], spec["outputs"]
    line = spec["task"] == "line"  # y = w x from w = 0, every target 10: losses a test can predict exactly
    model = nn.Sequential(nn.Linear(d, h), nn.Tanh(), nn.Linear(h, h), nn.Tanh(), nn.Linear(h, k))
    if line:
        model = nn.Sequential(nn.Linear(d, k, bias=False))
    with torch.no_grad():
        for p in model.parameters():
            p.copy_(torch.randn(p.shape, generator=gen) / (p.shape[-1] ** 0.5) * (not line))
    bug = spec.get("bug")
    classify = spec["task"] == "classify"

    def next_batch():  # a fresh random batch on every call, as a shuffling data loader gives
        if line:
            return torch.ones(n, d), torch.full((n, k), 10.0)
        inputs = torch.randn(n, d, generator=gen)
        if bug == "constant-inputs":  # normalised by a statistic that wiped them out
            inputs = torch.zeros(n, d)
        targets = torch.randint(0, k, (n,), generator=gen) if classify else torch.randn(n, k, generator=gen)
        return inputs, targets

    base_loss = F.cross_entropy if classify else F.mse_loss
    loss_fn = base_loss
    if bug == "detached-loss":  # detached, then made to require grad again to silence backward's error
        def loss_fn(outputs, targets):
            return base_loss(outputs.detach(), targets).requires_grad_()
    elif bug == "shuffled-labels":  # the targets are shuffled again on every call, apart from the inputs
        def loss_fn(outputs, targets):
            return base_loss(outputs, targets[torch.randperm(len(targets), generator=gen)])

    if bug == "frozen":  # only the last layer's bias still trains
        for name, p in model.named_parameters():
            p.requires_grad_(name == "4.bias")
    trained = copy.deepcopy(model) if bug == "other-params" else model  # built over a copy, not the model
    lr = 0.0 if bug == "zero-lr" else spec["lr"]
    if spec["optimizer"] == "adam":
        optimizer = torch.optim.Adam(trained.parameters(), lr=lr)
    else:
        optimizer = torch.optim.SGD(trained.parameters(), lr=lr, momentum=0.9)
    return [model, optimizer, loss_fn, next_batch, steps]
