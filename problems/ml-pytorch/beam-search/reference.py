import torch


def beam_search(log_probs, start, eos, beam_width, max_len):
    vocab = len(log_probs)
    # Live hypotheses are kept in token-list order, so a candidate's flat index (hypothesis, token) is also its
    # place in token-list order, and a stable sort on the score breaks ties as the statement asks.
    tokens = torch.tensor([[]], dtype=torch.long)
    scores = torch.zeros(1, dtype=log_probs.dtype)
    last = torch.tensor([start])
    results = []
    for _ in range(max_len):  # an empty beam makes empty candidates: nothing changes after it
        candidates = (scores[:, None] + log_probs[last]).flatten()
        kept = torch.sort(candidates, descending=True, stable=True).indices[:beam_width].sort().values
        tokens = torch.cat([tokens[kept // vocab], (kept % vocab)[:, None]], dim=1)
        scores, last = candidates[kept], kept % vocab
        finished = last == eos
        results += zip(tokens[finished].tolist(), scores[finished].tolist())
        tokens, scores, last = tokens[~finished], scores[~finished], last[~finished]
    results += zip(tokens.tolist(), scores.tolist())
    results.sort(key=lambda result: (-result[1], result[0]))
    return results[:beam_width]
