# Counts the position's own input as the future.
import torch


def future_leaks(model, B, T, D):
    gen = torch.Generator().manual_seed(0)
    x = torch.randn(B, T, D, dtype=torch.float64, generator=gen, requires_grad=True)
    y = model(x)
    # A random weighting of each output position's values: no two can cancel, as a plain sum's may.
    weights = torch.randn(y.shape, dtype=torch.float64, generator=gen)
    leaks = []
    for t in range(T):
        (grad,) = torch.autograd.grad((y[:, t] * weights[:, t]).sum(), x, retain_graph=True, allow_unused=True)
        if grad is not None and bool(grad[:, t:].ne(0).any()):
            leaks.append(t)
    return leaks
