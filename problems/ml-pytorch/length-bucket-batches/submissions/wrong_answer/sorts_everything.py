def bucket_batches(lengths, batch_size, bucket_size):
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])  # one global sort: buckets ignored
    return [order[j:j + batch_size] for j in range(0, len(order), batch_size)]
