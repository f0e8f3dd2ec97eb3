import torch


class LogSumExp(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        m = x.max(-1).values
        y = m + (x - m[..., None]).exp().sum(-1).log()
        ctx.save_for_backward((x - y[..., None]).exp())
        return y

    @staticmethod
    def backward(ctx, grad):
        (p,) = ctx.saved_tensors
        return p * grad[..., None]
