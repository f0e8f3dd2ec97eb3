import torch


def causal_mask(q_len, k_len):
    rows = torch.arange(q_len)[:, None] + (k_len - q_len)
    return torch.arange(k_len)[None, :] <= rows
