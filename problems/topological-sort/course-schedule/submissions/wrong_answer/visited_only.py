def can_finish(num_courses, prerequisites):
    # Mistake: one `visited` set for both "on the current path" and "already done",
    # so reaching a finished course by a second path (a diamond) looks like a cycle.
    needs = [[] for _ in range(num_courses)]
    for course, prereq in prerequisites:
        needs[course].append(prereq)
    visited = set()

    def dfs(c):
        if c in visited:
            return False
        visited.add(c)
        for p in needs[c]:
            if not dfs(p):
                return False
        return True

    for c in range(num_courses):
        if c not in visited and not dfs(c):
            return False
    return True
