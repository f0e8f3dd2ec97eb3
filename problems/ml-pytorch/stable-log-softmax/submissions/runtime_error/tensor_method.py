def log_softmax(logits, dim=-1):
    return logits.log_softmax(dim)
