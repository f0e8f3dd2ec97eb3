def min_eating_speed(piles, h):
    # Correct but O(n * answer): tries the speeds 1, 2, 3, ... until one is fast enough.
    k = 1
    while sum((p + k - 1) // k for p in piles) > h:
        k += 1
    return k
