def bucket_batches(lengths, batch_size, bucket_size):
    out = []
    for s in range(0, len(lengths), bucket_size):
        b = sorted(range(s, min(s + bucket_size, len(lengths))), key=lambda i: -lengths[i])
        out += [b[j:j + batch_size] for j in range(0, len(b), batch_size)]
    return out
