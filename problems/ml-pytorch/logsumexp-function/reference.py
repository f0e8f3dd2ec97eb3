import torch


def _plain(x):
    # The shift is a constant to autograd: log-sum-exp does not change when every entry moves by the same amount.
    peak = x.amax(dim=-1, keepdim=True).detach()
    return (peak + torch.log(torch.exp(x - peak).sum(dim=-1, keepdim=True))).squeeze(-1)


class LogSumExp(torch.autograd.Function):
    """The judge's answers: the plain operations forward, autograd through them backward."""

    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return _plain(x)

    @staticmethod
    def backward(ctx, grad):
        (x,) = ctx.saved_tensors
        with torch.enable_grad():
            leaf = x.detach().requires_grad_()
            (found,) = torch.autograd.grad(_plain(leaf), leaf, grad)
        return found
