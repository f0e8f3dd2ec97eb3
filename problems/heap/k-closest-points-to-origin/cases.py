"""Cases for k-closest-points-to-origin. Every input has a unique answer (compared in any order)."""

import random

EXAMPLES = [
    {"args": [[[1, 3], [-2, 2], [2, -1]], 1], "expected": [[2, -1]],
     "explanation": "Squared distances are 10, 8 and 5; [2, -1] is the closest."},
    {"args": [[[1, 3], [-2, 2], [2, -1]], 2], "expected": [[2, -1], [-2, 2]],
     "explanation": "The two smallest squared distances, 5 and 8. Either order is accepted."},
    {"args": [[[3, 0], [2, 2]], 1], "expected": [[2, 2]],
     "explanation": "2 * 2 + 2 * 2 = 8 is less than 3 * 3 = 9, even though |3| + |0| < |2| + |2|."},
]

LIM = 9_999


def _unique_k(points, want):
    """The k nearest to `want` (searching outwards) at which the answer is unique."""
    dist = sorted(x * x + y * y for x, y in points)
    n = len(points)
    for delta in range(n):
        for k in (want - delta, want + delta):
            if 1 <= k <= n and (k == n or dist[k - 1] < dist[k]):
                return k
    return n


def hidden_cases():
    rng = random.Random(973)
    cases = [
        {"tags": ["single", "origin"], "args": [[[0, 0]], 1], "expected": [[0, 0]]},
        {"tags": ["single", "negative"], "args": [[[-5, -7]], 1], "expected": [[-5, -7]]},
        {"tags": ["k-all"], "args": [[[3, 4], [1, 1], [-2, 0]], 3], "expected": [[3, 4], [1, 1], [-2, 0]]},
        {"tags": ["origin"], "args": [[[4, 4], [0, 0], [1, -1]], 1], "expected": [[0, 0]]},
        {"tags": ["duplicates"], "args": [[[1, 1], [5, 5], [1, 1]], 2], "expected": [[1, 1], [1, 1]]},
        {"tags": ["duplicates", "k-all"], "args": [[[2, 3], [2, 3]], 2], "expected": [[2, 3], [2, 3]]},
        {"tags": ["tie-inside"], "args": [[[1, 0], [0, 1], [-1, 0], [3, 3]], 3],
         "expected": [[1, 0], [0, 1], [-1, 0]]},
        {"tags": ["tie-inside", "negative"], "args": [[[0, -2], [-2, 0], [2, 1]], 2], "expected": [[0, -2], [-2, 0]]},
        {"tags": ["manhattan-trap"], "args": [[[3, 0], [2, 2]], 1], "expected": [[2, 2]]},
        {"tags": ["manhattan-trap"], "args": [[[0, 5], [3, 3], [4, 1]], 2], "expected": [[3, 3], [4, 1]]},
        {"tags": ["sign-trap", "negative"], "args": [[[-3, 0], [2, 0]], 1], "expected": [[2, 0]]},
        {"tags": ["sign-trap", "negative"], "args": [[[-1, -1], [1, 2], [-4, -4]], 1], "expected": [[-1, -1]]},
        {"tags": ["rounding-trap"], "args": [[[2, 2], [0, 2], [3, 0]], 1], "expected": [[0, 2]]},
        {"tags": ["rounding-trap"], "args": [[[5, 3], [4, 4], [9, 9]], 1], "expected": [[4, 4]]},
        {"tags": ["farthest-trap"], "args": [[[9, 9], [1, 0], [7, 7], [0, 2]], 2], "expected": [[1, 0], [0, 2]]},
        {"tags": ["extreme-values"], "args": [[[LIM, LIM], [-LIM, -LIM + 1]], 1], "expected": [[-LIM, -LIM + 1]]},
        {"tags": ["extreme-values"], "args": [[[LIM, 0], [0, -LIM], [LIM, 1]], 2], "expected": [[LIM, 0], [0, -LIM]]},
    ]
    for n, top, tag in ((8, 10, "small"), (200, 100, "medium"), (3000, LIM, "large")):
        points = [[rng.randint(-top, top), rng.randint(-top, top)] for _ in range(n)]
        cases.append({"tags": [tag, "random"], "args": [points, _unique_k(points, rng.randint(1, n))]})
    points = [[rng.randint(-3, 3), rng.randint(-3, 3)] for _ in range(300)]
    cases.append({"tags": ["random", "duplicates"], "args": [points, _unique_k(points, 150)]})

    # Max size, LeetCode's: n = 10_000, k from 1 to n. Picking the closest remaining point k times is
    # about n k steps, tens of millions here.
    n = 10_000
    points = [[rng.randint(-LIM, LIM), rng.randint(-LIM, LIM)] for _ in range(n)]
    cases.append({"tags": ["max-size", "random"], "args": [points, _unique_k(points, n // 2)]})
    cases.append({"tags": ["max-size", "random", "k-all"], "args": [points, n]})
    cases.append({"tags": ["max-size", "random"], "args": [points, _unique_k(points, n - 100)]})
    grid = [[x, y] for x in range(-50, 50) for y in range(-50, 50)][:n]
    rng.shuffle(grid)
    cases.append({"tags": ["max-size", "tie-inside"], "args": [grid, _unique_k(grid, 3 * n // 4)]})
    points = [[rng.randint(-5, 5), rng.randint(-5, 5)] for _ in range(n)]
    cases.append({"tags": ["max-size", "duplicates"], "args": [points, _unique_k(points, n // 3)]})
    return cases
