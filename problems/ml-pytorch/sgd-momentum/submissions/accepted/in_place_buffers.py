import torch


def sgd_steps(params, grads, lr, momentum, dampening, weight_decay, nesterov):
    ps = [p.clone() for p in params]
    bufs = [torch.zeros_like(p) for p in ps]
    for t, gs in enumerate(grads):
        for p, buf, g in zip(ps, bufs, gs):
            d = g.add(p, alpha=weight_decay)
            if momentum:
                if t == 0:
                    buf.copy_(d)
                else:
                    buf.mul_(momentum).add_(d, alpha=1 - dampening)
                d = d.add(buf, alpha=momentum) if nesterov else buf.clone()
            p.sub_(lr * d)
    return ps, bufs
