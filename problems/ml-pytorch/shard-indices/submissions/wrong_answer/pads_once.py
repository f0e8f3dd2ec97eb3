import math


def shard_indices(n, num_replicas, rank, drop_last=False):
    total = num_replicas * (n // num_replicas if drop_last else math.ceil(n / num_replicas))
    idx = list(range(n))
    idx += idx[: total - len(idx)]  # one extension: too short when n < num_replicas - n
    return idx[:total][rank::num_replicas]
