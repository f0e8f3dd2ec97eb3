import torch


def future_leaks(model, B, T, D):
    x = torch.randn(B, T, D, dtype=torch.float64, requires_grad=True)  # the judge seeds every call
    y = model(x)
    # A random weighting of each output position's values: no two can cancel, as a plain sum's may.
    weights = torch.randn(y.shape, dtype=torch.float64)
    leaks = []
    for t in range(T):
        (grad,) = torch.autograd.grad((y[:, t] * weights[:, t]).sum(), x, retain_graph=True, allow_unused=True)
        if grad is not None and bool(grad[:, t + 1:].ne(0).any()):
            leaks.append(t)
    return leaks
