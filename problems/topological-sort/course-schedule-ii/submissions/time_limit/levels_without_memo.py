import sys


def find_order(num_courses, prerequisites):
    # Sorts the courses by level (one more than the deepest prerequisite's level). Correct, but
    # every level is recomputed from scratch, with no memory of the courses already measured:
    # on a ladder of two-course layers that is exponentially many calls.
    sys.setrecursionlimit(10_000)
    needs = [[] for _ in range(num_courses)]
    for course, prereq in prerequisites:
        needs[course].append(prereq)
    on_path = [False] * num_courses

    def level(c):
        if on_path[c]:
            raise ValueError("cycle")
        on_path[c] = True
        deepest = 0
        for p in needs[c]:
            deepest = max(deepest, level(p) + 1)
        on_path[c] = False
        return deepest

    try:
        levels = [level(c) for c in range(num_courses)]
    except ValueError:
        return []
    return sorted(range(num_courses), key=levels.__getitem__)
