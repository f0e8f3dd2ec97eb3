import math

import torch


def decode_step(q, k_new, v_new, k_cache, v_cache):
    k = torch.cat((k_cache, k_new), -2)
    v = torch.cat((v_cache, v_new), -2)
    scores = torch.einsum("bhqd,bhkd->bhqk", q, k) * q.shape[-1] ** -0.5
    return scores.softmax(-1) @ v, k, v
