import sys


def can_finish(num_courses, prerequisites):
    # Correct, but the search remembers only the current path, not the courses it has already
    # cleared: every path through the graph is walked again, exponentially many on a ladder.
    sys.setrecursionlimit(10_000)
    needs = [[] for _ in range(num_courses)]
    for course, prereq in prerequisites:
        needs[course].append(prereq)
    on_path = [False] * num_courses

    def cycle_from(c):
        if on_path[c]:
            return True
        on_path[c] = True
        for p in needs[c]:
            if cycle_from(p):
                return True
        on_path[c] = False
        return False

    return not any(cycle_from(c) for c in range(num_courses))
