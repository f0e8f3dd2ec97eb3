def climb_stairs(n):
    # Correct but exponential: the same smaller staircases are recounted over and over.
    if n <= 2:
        return n
    return climb_stairs(n - 1) + climb_stairs(n - 2)
