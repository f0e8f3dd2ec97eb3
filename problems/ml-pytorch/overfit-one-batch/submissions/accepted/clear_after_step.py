import math


def overfit_one_batch(model, optimizer, loss_fn, next_batch, steps):
    batch = next_batch()
    losses = []
    optimizer.zero_grad()
    for _ in range(steps):
        loss = loss_fn(model(batch[0]), batch[1])
        losses.append(float(loss))
        loss.backward()
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)  # cleared at the end of a step: the next one starts clean
    learned = not math.isnan(losses[-1]) and losses[-1] * 100 <= losses[0]
    return learned, losses
