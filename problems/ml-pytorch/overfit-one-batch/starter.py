# judge: problem=overfit-one-batch
import torch
from torch import nn


def overfit_one_batch(model: nn.Module, optimizer: torch.optim.Optimizer, loss_fn, next_batch, steps: int):
    ...
