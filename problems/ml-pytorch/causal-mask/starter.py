# judge: problem=causal-mask
import torch


def causal_mask(q_len: int, k_len: int) -> torch.Tensor:
    ...
