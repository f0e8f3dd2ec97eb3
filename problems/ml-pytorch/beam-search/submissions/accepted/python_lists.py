def beam_search(log_probs, start, eos, beam_width, max_len):
    table = log_probs.tolist()
    beam = [([], 0.0)]
    done = []
    for _ in range(max_len):
        if not beam:
            break
        candidates = []
        for tokens, score in beam:
            row = table[tokens[-1] if tokens else start]
            candidates += [(score + lp, tokens, token) for token, lp in enumerate(row)]
        candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
        beam = []
        for score, tokens, token in candidates[:beam_width]:
            (done if token == eos else beam).append((tokens + [token], score))
    best = sorted(done + beam, key=lambda r: (-r[1], r[0]))
    return best[:beam_width]
