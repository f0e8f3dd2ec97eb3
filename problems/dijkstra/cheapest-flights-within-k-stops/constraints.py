"""LeetCode 787's rule that problem.toml's [constraints] cannot say: the trip starts and ends apart."""


def check(args):
    _, _, src, dst, _ = args
    if src == dst:
        return f"dst: equals src ({src}); they must differ"
    return None
