# judge: problem=adamw-steps
import torch


def adamw_steps(params: list[torch.Tensor], grads: list[list[torch.Tensor]], lr: float,
                betas: tuple[float, float], eps: float, weight_decay: float):
    ...
