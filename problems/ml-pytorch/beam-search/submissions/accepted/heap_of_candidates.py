import heapq

import torch


def beam_search(log_probs, start, eos, beam_width, max_len):
    finished = []
    beam = [(0.0, [])]  # (score, tokens)
    for _ in range(max_len):
        if not beam:
            break
        last = torch.tensor([tokens[-1] if tokens else start for _, tokens in beam])
        scores = torch.tensor([score for score, _ in beam], dtype=log_probs.dtype)
        table = (scores[:, None] + log_probs[last]).tolist()
        # Best first: the largest score, then the smallest token list (tokens + [t] orders like (tokens, t)).
        chosen = heapq.nsmallest(beam_width, ((-s, beam[i][1], t) for i, row in enumerate(table)
                                              for t, s in enumerate(row)))
        beam = []
        for negative, tokens, t in chosen:
            (finished if t == eos else beam).append((-negative, tokens + [t]))
    ranked = sorted(finished + beam, key=lambda r: (-r[0], r[1]))[:beam_width]
    return [(tokens, score) for score, tokens in ranked]
