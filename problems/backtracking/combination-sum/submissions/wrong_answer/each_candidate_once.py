def combination_sum(candidates, target):
    # Mistake: moves on to i + 1 after using candidate i, so no value can repeat.
    candidates = sorted(candidates)
    result = []

    def dfs(start, path, remaining):
        if remaining == 0:
            result.append(path)
            return
        for i in range(start, len(candidates)):
            if candidates[i] > remaining:
                break
            dfs(i + 1, path + [candidates[i]], remaining - candidates[i])

    dfs(0, [], target)
    return result
