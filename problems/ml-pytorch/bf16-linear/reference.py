import torch


def bf16_linear(x, weight, bias):
    rounded_x = x.to(torch.bfloat16).to(torch.float32)
    rounded_w = weight.to(torch.bfloat16).to(torch.float32)
    return rounded_x @ rounded_w.T + bias
