import math


def shard_indices(n, num_replicas, rank, drop_last=False):
    total = num_replicas * (n // num_replicas if drop_last else math.ceil(n / num_replicas))
    idx = list(range(n))
    while n and len(idx) < total:
        idx += idx[: total - len(idx)]
    return idx[:total][rank::num_replicas]
