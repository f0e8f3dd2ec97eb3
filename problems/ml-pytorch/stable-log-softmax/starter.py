# judge: problem=stable-log-softmax
import torch


def log_softmax(logits: torch.Tensor, dim: int = -1) -> torch.Tensor:
    ...
