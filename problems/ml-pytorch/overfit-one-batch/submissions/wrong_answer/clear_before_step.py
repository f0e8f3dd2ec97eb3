def overfit_one_batch(model, optimizer, loss_fn, next_batch, steps):
    inputs, targets = next_batch()
    losses = []
    for _ in range(steps):
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.zero_grad()  # cleared between backward and step: the step sees no gradient
        optimizer.step()
        losses.append(loss.item())
    return losses[-1] <= losses[0] / 100, losses
