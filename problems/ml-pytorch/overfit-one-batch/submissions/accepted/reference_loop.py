import torch


def overfit_one_batch(model, optimizer, loss_fn, next_batch, steps):
    inputs, targets = next_batch()
    history = torch.empty(steps, dtype=torch.float64)
    for step in range(steps):
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        history[step] = loss.item()
    return bool(history[-1] <= history[0] / 100), history.tolist()
