# judge: problem=clip-grad-norm
import torch


def clip_grad_norm(grads: list[torch.Tensor], max_norm: float, norm_type: float = 2.0):
    ...
