def overfit_one_batch(model, optimizer, loss_fn, next_batch, steps):
    for p in model.parameters():  # "make sure everything trains": repairs the frozen setup it should report
        p.requires_grad_(True)
    inputs, targets = next_batch()
    losses = []
    for _ in range(steps):
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return losses[-1] <= losses[0] / 100, losses
