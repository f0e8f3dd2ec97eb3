def bucket_batches(lengths, batch_size, bucket_size):
    out = []
    for s in range(0, len(lengths), bucket_size):
        rest = list(range(s, min(s + bucket_size, len(lengths))))
        order = []
        while rest:  # quadratic in the bucket size
            best = min(rest, key=lambda i: (lengths[i], i))
            rest.remove(best)
            order.append(best)
        out += [order[j:j + batch_size] for j in range(0, len(order), batch_size)]
    return out
