# Right, but one row at a time in Python, forward and backward: the complexity report flags it as not
# vectorized.
import torch


class LogSumExp(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        flat = x.reshape(-1, x.shape[-1])
        out = torch.empty(flat.shape[0], dtype=x.dtype)
        soft = torch.empty_like(flat)
        for i in range(flat.shape[0]):
            top = flat[i].max()
            e = torch.exp(flat[i] - top)
            total = e.sum()
            out[i] = top + torch.log(total)
            soft[i] = e / total
        ctx.save_for_backward(soft)
        ctx.shape = x.shape
        return out.reshape(x.shape[:-1])

    @staticmethod
    def backward(ctx, grad):
        (soft,) = ctx.saved_tensors
        flat_grad = grad.reshape(-1)
        out = torch.empty_like(soft)
        for i in range(soft.shape[0]):
            out[i] = soft[i] * flat_grad[i]
        return out.reshape(ctx.shape)
