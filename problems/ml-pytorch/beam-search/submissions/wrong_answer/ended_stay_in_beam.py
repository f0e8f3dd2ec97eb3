import torch


def beam_search(log_probs, start, eos, beam_width, max_len):
    vocab = log_probs.shape[0]
    tokens = torch.zeros((1, 0), dtype=torch.long)
    scores = torch.zeros(1, dtype=log_probs.dtype)
    last = torch.tensor([start])
    for _ in range(max_len):
        cand = (scores[:, None] + log_probs[last]).flatten()
        kept = torch.sort(cand, descending=True, stable=True).indices[:beam_width].sort().values
        tokens = torch.cat([tokens[kept // vocab], (kept % vocab)[:, None]], dim=1)
        scores, last = cand[kept], kept % vocab  # a hypothesis that reached eos goes on being extended
    results = sorted(zip(tokens.tolist(), scores.tolist()), key=lambda r: (-r[1], r[0]))
    return results[:beam_width]
