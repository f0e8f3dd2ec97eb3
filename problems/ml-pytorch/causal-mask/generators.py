"""Inputs for the complexity report: q_len queries over k_len keys (q_len <= k_len, as the statement asks:
the sweep of q_len holds k_len at its largest, the sweep of k_len holds q_len at its smallest)."""


def lengths(sizes, rng):
    return [min(sizes["q_len"], sizes["k_len"]), sizes["k_len"]]
