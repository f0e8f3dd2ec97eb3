import math


def shard_indices(n, num_replicas, rank, drop_last=False):
    per = n // num_replicas if drop_last else math.ceil(n / num_replicas)
    idx = [i % n for i in range(per * num_replicas)] if n else []
    return idx[rank * per:(rank + 1) * per]  # a block per worker, not every num_replicas-th
