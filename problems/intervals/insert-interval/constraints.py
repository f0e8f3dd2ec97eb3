"""LeetCode 57's guarantee: the intervals come sorted by start, and none of them overlap."""


def check(args):
    intervals, _ = args
    for i in range(len(intervals) - 1):
        if intervals[i][1] >= intervals[i + 1][0]:
            return (f"intervals: items {i} and {i + 1} ({intervals[i]}, {intervals[i + 1]}) overlap or are "
                    "out of order; they must be sorted and disjoint")
    return None
