def find_judge(n, trust):
    # Mistake: returns the only person who trusts nobody, without checking that
    # everyone else trusts them.
    trusters = {a for a, _ in trust}
    candidates = [p for p in range(1, n + 1) if p not in trusters]
    return candidates[0] if len(candidates) == 1 else -1
