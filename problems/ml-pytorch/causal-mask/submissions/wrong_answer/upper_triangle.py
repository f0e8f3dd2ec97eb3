import torch


def causal_mask(q_len, k_len):
    return torch.ones(q_len, k_len, dtype=torch.bool).triu(diagonal=k_len - q_len + 1)  # the hidden part
