import torch


class LogSumExp(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        m = x.amax(-1, keepdim=True)
        y = (m + (x - m).exp().sum(-1, keepdim=True).log()).squeeze(-1)
        ctx.save_for_backward(x, y)
        return y

    @staticmethod
    def backward(ctx, grad):
        x, y = ctx.saved_tensors
        return torch.exp(x - y[..., None]) * grad.sum()  # one incoming gradient for every row
