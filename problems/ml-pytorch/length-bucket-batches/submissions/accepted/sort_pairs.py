def bucket_batches(lengths, batch_size, bucket_size):
    out = []
    for s in range(0, len(lengths), bucket_size):
        order = [i for _, i in sorted((lengths[i], i) for i in range(s, min(s + bucket_size, len(lengths))))]
        out.extend(order[j:j + batch_size] for j in range(0, len(order), batch_size))
    return out
