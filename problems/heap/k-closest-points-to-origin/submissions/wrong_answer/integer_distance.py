import math


def k_closest(points, k):
    # Mistake: rounds each distance down to an integer, so nearby distances tie and the
    # wrong point can win the tie.
    return sorted(points, key=lambda p: int(math.sqrt(p[0] * p[0] + p[1] * p[1])))[:k]
