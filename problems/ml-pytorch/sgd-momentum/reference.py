import torch


def sgd_steps(params, grads, lr, momentum, dampening, weight_decay, nesterov):
    params = [p.clone() for p in params]
    buffers = [None] * len(params)
    for step_grads in grads:
        for i, g in enumerate(step_grads):
            d = g + weight_decay * params[i]
            if momentum != 0:
                if buffers[i] is None:
                    buffers[i] = d.clone()
                else:
                    buffers[i] = momentum * buffers[i] + (1 - dampening) * d
                d = d + momentum * buffers[i] if nesterov else buffers[i]
            params[i] = params[i] - lr * d
    return params, [torch.zeros_like(p) if b is None else b for p, b in zip(params, buffers)]
