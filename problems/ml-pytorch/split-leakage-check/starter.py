# judge: problem=split-leakage-check
import torch


def split_leaks(features: torch.Tensor, groups: torch.Tensor, times: torch.Tensor, split: torch.Tensor):
    ...
