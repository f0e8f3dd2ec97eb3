def shard_indices(n, num_replicas, rank, drop_last=False):
    per_replica = n // num_replicas if drop_last else -(-n // num_replicas)
    total = per_replica * num_replicas
    return [(position % n) for position in range(rank, total, num_replicas)] if n else []
