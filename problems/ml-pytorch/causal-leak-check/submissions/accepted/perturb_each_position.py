import torch


def future_leaks(model, B, T, D):
    gen = torch.Generator().manual_seed(7)
    x = torch.randn(B, T, D, dtype=torch.float64, generator=gen)
    with torch.no_grad():
        base = model(x)
        leaking = set()
        for s in range(1, T):
            moved = x.clone()
            moved[:, s] += torch.randn(B, D, dtype=torch.float64, generator=gen)
            changed = (model(moved) != base).any(dim=2).any(dim=0)  # per output position
            leaking.update(t for t in range(s) if changed[t])
    return sorted(leaking)
