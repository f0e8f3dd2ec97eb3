import torch


def future_leaks(model, B, T, D):
    x = torch.randn(B, T, D, dtype=torch.float64, requires_grad=True)
    y = model(x)
    weights = torch.randn(y.shape, dtype=torch.float64)
    leaks = []
    for t in range(T):
        (y[:, t] * weights[:, t]).sum().backward(retain_graph=True)  # x.grad is never reset between positions
        if x.grad is not None and bool(x.grad[:, t + 1:].ne(0).any()):
            leaks.append(t)
    return leaks
