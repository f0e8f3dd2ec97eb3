# judge: problem=kv-cache-decode-step
import math

import torch


def decode_step(q: torch.Tensor, k_new: torch.Tensor, v_new: torch.Tensor, k_cache: torch.Tensor,
                v_cache: torch.Tensor):
    ...
