def climb_stairs(n):
    below, here = 1, 1  # ways to reach step i - 1 and step i, starting at i = 1
    for _ in range(n - 1):
        below, here = here, below + here
    return here
