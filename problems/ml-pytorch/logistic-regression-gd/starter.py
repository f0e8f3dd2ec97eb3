# judge: problem=logistic-regression-gd
import torch


def fit_logistic(X: torch.Tensor, y: torch.Tensor, lr: float, steps: int):
    ...
