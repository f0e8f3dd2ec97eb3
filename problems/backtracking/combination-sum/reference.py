def combination_sum(candidates, target):
    candidates = sorted(candidates)
    result = []

    def extend(start, combo, remaining):
        if remaining == 0:
            result.append(combo)
            return
        for i in range(start, len(candidates)):
            if candidates[i] > remaining:
                break  # sorted: every later candidate is larger still
            extend(i, combo + [candidates[i]], remaining - candidates[i])

    extend(0, [], target)
    return result
