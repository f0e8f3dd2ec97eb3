def combination_sum(candidates, target):
    # Mistake: stops the loop at the first candidate that is too large, which is only
    # right when the candidates are sorted, and they were never sorted.
    result = []

    def dfs(start, path, remaining):
        if remaining == 0:
            result.append(path)
            return
        for i in range(start, len(candidates)):
            if candidates[i] > remaining:
                break
            dfs(i, path + [candidates[i]], remaining - candidates[i])

    dfs(0, [], target)
    return result
