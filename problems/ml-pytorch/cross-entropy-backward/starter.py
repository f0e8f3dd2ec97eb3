# judge: problem=cross-entropy-backward
import torch


def cross_entropy_backward(logits: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
    ...
