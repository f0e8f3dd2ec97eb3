def beam_search(log_probs, start, eos, beam_width, max_len):
    table = log_probs.tolist()
    beam, done = [([], 0.0)], []
    for step in range(1, max_len):  # max_len - 1 steps; with max_len = 1 the empty hypothesis comes back
        if not beam:
            break
        cands = sorted(((s + lp, toks + [t]) for toks, s in beam
                        for t, lp in enumerate(table[toks[-1] if toks else start])), key=lambda c: (-c[0], c[1]))
        beam = []
        for s, toks in cands[:beam_width]:
            (done if toks[-1] == eos else beam).append((toks, s))
    return sorted(done + beam, key=lambda r: (-r[1], r[0]))[:beam_width]
