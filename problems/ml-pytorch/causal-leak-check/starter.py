# judge: problem=causal-leak-check
import torch
from torch import nn


def future_leaks(model: nn.Module, B: int, T: int, D: int) -> list[int]:
    ...
