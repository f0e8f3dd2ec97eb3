import torch


def _token_list_rank(seqs):
    """Each row's place among the rows in list order: stable sorts from the last column to the first."""
    order = torch.arange(len(seqs))
    for col in range(seqs.shape[1] - 1, -1, -1):
        order = order[torch.argsort(seqs[order, col], stable=True)]
    rank = torch.empty_like(order)
    rank[order] = torch.arange(len(order))
    return rank


def beam_search(log_probs, start, eos, beam_width, max_len):
    vocab = log_probs.shape[-1]
    seqs = torch.empty(1, 0, dtype=torch.long)  # the beam, best first
    scores = log_probs.new_zeros(1)
    ended = []
    for step in range(max_len):
        if scores.numel() == 0:
            break
        prev = seqs[:, -1] if step else torch.full((1,), start)
        flat = (scores[:, None] + log_probs[prev]).flatten()
        parent = _token_list_rank(seqs).repeat_interleave(vocab)
        token = torch.arange(vocab).repeat(len(scores))
        order = torch.arange(flat.numel())
        for key, descending in ((token, False), (parent, False), (flat, True)):  # least significant key first
            order = order[torch.argsort(key[order], stable=True, descending=descending)]
        order = order[:beam_width]
        seqs = torch.cat([seqs[order // vocab], (order % vocab)[:, None]], dim=1)
        scores = flat[order]
        end = seqs[:, -1] == eos
        ended += zip(seqs[end].tolist(), scores[end].tolist())
        seqs, scores = seqs[~end], scores[~end]
    results = ended + list(zip(seqs.tolist(), scores.tolist()))
    return sorted(results, key=lambda r: (-r[1], r[0]))[:beam_width]
