def can_finish(num_courses, prerequisites):
    # Mistake: the search only starts from courses without prerequisites, so a group of
    # courses that all sit on a cycle (no entry point) is never looked at.
    unlocks = [[] for _ in range(num_courses)]
    has_prereq = [False] * num_courses
    for course, prereq in prerequisites:
        unlocks[prereq].append(course)
        has_prereq[course] = True
    state = [0] * num_courses

    def acyclic_from(c):
        state[c] = 1
        for nxt in unlocks[c]:
            if state[nxt] == 1:
                return False
            if state[nxt] == 0 and not acyclic_from(nxt):
                return False
        state[c] = 2
        return True

    return all(acyclic_from(c) for c in range(num_courses) if not has_prereq[c] and state[c] == 0)
