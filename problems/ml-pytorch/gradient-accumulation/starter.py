# judge: problem=gradient-accumulation
import torch


def accumulated_grads(w: torch.Tensor, b: torch.Tensor, x: torch.Tensor, y: torch.Tensor, micro_batch: int):
    ...
