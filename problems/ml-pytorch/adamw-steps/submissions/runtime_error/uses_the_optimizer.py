import torch


def adamw_steps(params, grads, lr, betas, eps, weight_decay):
    ps = [p.clone().requires_grad_() for p in params]
    opt = torch.optim.AdamW(ps, lr=lr, betas=betas, eps=eps, weight_decay=weight_decay)
    for gs in grads:
        for p, g in zip(ps, gs):
            p.grad = g.clone()
        opt.step()
    state = [opt.state[p] for p in ps]
    return [p.detach() for p in ps], [s["exp_avg"] for s in state], [s["exp_avg_sq"] for s in state]
