# judge: problem=masked-mean-pool
import torch


def masked_mean(hidden: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
    ...
