def subsets(nums):
    # Decide each value in turn, left out then taken; a set is recorded once every value is decided.
    # Beyond the output: the values taken so far and one frame per decision, O(n).
    result = []
    chosen = []

    def decide(i):
        if i == len(nums):
            result.append(list(chosen))
            return
        decide(i + 1)
        chosen.append(nums[i])
        decide(i + 1)
        chosen.pop()

    decide(0)
    return result
