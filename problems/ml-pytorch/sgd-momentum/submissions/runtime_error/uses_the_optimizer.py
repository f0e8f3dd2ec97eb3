import torch


def sgd_steps(params, grads, lr, momentum, dampening, weight_decay, nesterov):
    ps = [p.clone().requires_grad_() for p in params]
    opt = torch.optim.SGD(ps, lr=lr, momentum=momentum, dampening=dampening, weight_decay=weight_decay,
                          nesterov=nesterov)
    for gs in grads:
        for p, g in zip(ps, gs):
            p.grad = g.clone()
        opt.step()
    return [p.detach() for p in ps], [opt.state[p].get("momentum_buffer", torch.zeros_like(p)) for p in ps]
