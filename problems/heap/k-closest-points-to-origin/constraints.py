"""LeetCode 973's guarantee: the k closest points are one set (no tie at the k-th distance)."""


def check(args):
    points, k = args
    distances = sorted(x * x + y * y for x, y in points)
    if k < len(distances) and distances[k - 1] == distances[k]:
        return (f"points: the {k}th and {k + 1}th closest points are equally far (squared distance "
                f"{distances[k]}), so the answer is not unique")
    return None
