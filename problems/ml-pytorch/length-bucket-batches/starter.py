# judge: problem=length-bucket-batches


def bucket_batches(lengths: list[int], batch_size: int, bucket_size: int) -> list[list[int]]:
    ...
