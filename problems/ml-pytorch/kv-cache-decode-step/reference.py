import math

import torch


def decode_step(q, k_new, v_new, k_cache, v_cache):
    keys = torch.cat([k_cache, k_new], dim=2)
    values = torch.cat([v_cache, v_new], dim=2)
    weights = torch.softmax(q @ keys.transpose(-2, -1) / math.sqrt(q.shape[-1]), dim=-1)
    return weights @ values, keys, values
