# judge: problem=shard-indices


def shard_indices(n: int, num_replicas: int, rank: int, drop_last: bool = False) -> list[int]:
    ...
