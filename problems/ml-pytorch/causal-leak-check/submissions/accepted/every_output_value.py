import torch


def future_leaks(model, B, T, D):
    x = torch.rand(B, T, D, dtype=torch.float64) + 0.5
    x.requires_grad_(True)
    y = model(x)
    leaks = []
    for t in range(T):
        for b in range(B):
            found = False
            for i in range(D):
                (grad,) = torch.autograd.grad(y[b, t, i], x, retain_graph=True, allow_unused=True)
                if grad is not None and (grad[:, t + 1:] != 0).any():
                    found = True
                    break
            if found:
                leaks.append(t)
                break
    return leaks
