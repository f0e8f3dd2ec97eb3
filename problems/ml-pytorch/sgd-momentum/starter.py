# judge: problem=sgd-momentum
import torch


def sgd_steps(params: list[torch.Tensor], grads: list[list[torch.Tensor]], lr: float, momentum: float,
              dampening: float, weight_decay: float, nesterov: bool):
    ...
