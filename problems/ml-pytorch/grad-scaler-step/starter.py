# judge: problem=grad-scaler-step
import torch


def scaled_sgd_step(params: list[torch.Tensor], scaled_grads: list[torch.Tensor], scale: float,
                    growth_tracker: int, lr: float, growth_factor: float, backoff_factor: float,
                    growth_interval: int):
    ...
