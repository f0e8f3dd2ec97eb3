"""LeetCode 39's guarantee, beyond problem.toml's [constraints]: fewer than 150 combinations exist."""


def check(args):
    candidates, target = args
    ways = [1] + [0] * target  # ways[t]: combinations (as multisets) of candidates adding up to t
    for c in candidates:
        for t in range(c, target + 1):
            ways[t] += ways[t - c]
    if ways[target] >= 150:
        return f"target: {ways[target]} combinations add up to {target}; LeetCode promises fewer than 150"
    return None
