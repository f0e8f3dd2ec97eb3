def combination_sum(candidates, target):
    # Correct but hopeless on many candidates: tries every vector of counts
    # (0..target // c for each candidate c) and keeps those that hit the target.
    result = []
    for counts in product(*(range(target // c + 1) for c in candidates)):
        if sum(k * c for k, c in zip(counts, candidates)) == target:
            result.append([c for k, c in zip(counts, candidates) for _ in range(k)])
    return result
