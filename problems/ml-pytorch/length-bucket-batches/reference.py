def bucket_batches(lengths, batch_size, bucket_size):
    batches = []
    n = len(lengths)
    for start in range(0, n, bucket_size):
        bucket = sorted(range(start, min(start + bucket_size, n)), key=lambda i: lengths[i])
        for first in range(0, len(bucket), batch_size):
            batches.append(bucket[first:first + batch_size])
    return batches
