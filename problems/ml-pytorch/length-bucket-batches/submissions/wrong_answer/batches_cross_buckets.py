def bucket_batches(lengths, batch_size, bucket_size):
    order = []
    for s in range(0, len(lengths), bucket_size):
        order += sorted(range(s, min(s + bucket_size, len(lengths))), key=lambda i: lengths[i])
    return [order[j:j + batch_size] for j in range(0, len(order), batch_size)]
