import torch


def bf16_linear(x, weight, bias):
    return torch.nn.functional.linear(x.bfloat16(), weight.bfloat16(), bias.bfloat16()).float()
