def shard_indices(n, num_replicas, rank, drop_last=False):
    if drop_last:
        return list(range(n))[: num_replicas * (n // num_replicas)][rank::num_replicas]
    return list(range(n))[rank::num_replicas]  # unequal shares
