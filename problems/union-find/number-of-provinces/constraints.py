"""LeetCode 547's shape: every city is connected to itself, and the matrix is symmetric."""


def check(args):
    (is_connected,) = args
    n = len(is_connected)
    for i in range(n):
        if is_connected[i][i] != 1:
            return f"is_connected[{i}][{i}]: {is_connected[i][i]}, but every city is connected to itself (1)"
        for j in range(i + 1, n):
            if is_connected[i][j] != is_connected[j][i]:
                return f"is_connected[{i}][{j}]: {is_connected[i][j]}, but is_connected[{j}][{i}] is {is_connected[j][i]}"
    return None
