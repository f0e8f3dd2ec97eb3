def climb_stairs(n):
    # Mistake: computes the n-th Fibonacci number (1, 1, 2, 3, 5, ...), one position
    # behind the staircase count (1, 2, 3, 5, 8, ...).
    a, b = 0, 1
    for _ in range(n - 1):
        a, b = b, a + b
    return b
