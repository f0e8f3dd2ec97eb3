import torch


def causal_mask(q_len, k_len):
    return torch.ones(q_len, k_len).tril(diagonal=k_len - q_len)  # 1.0 and 0.0, not bool
