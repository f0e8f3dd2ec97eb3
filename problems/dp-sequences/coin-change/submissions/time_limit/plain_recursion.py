def coin_change(coins, amount):
    # Correct but exponential: tries every coin at every step and never remembers an amount.
    def fewest(rem):
        if rem == 0:
            return 0
        best = -1
        for c in coins:
            if c <= rem:
                sub = fewest(rem - c)
                if sub >= 0 and (best < 0 or sub + 1 < best):
                    best = sub + 1
        return best

    return fewest(amount)
