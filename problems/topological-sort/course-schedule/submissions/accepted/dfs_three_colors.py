def can_finish(num_courses, prerequisites):
    # Recursive DFS: a course met again while still on the current path closes a cycle.
    needs = [[] for _ in range(num_courses)]
    for course, prereq in prerequisites:
        needs[course].append(prereq)
    state = [0] * num_courses  # 0 = unseen, 1 = on the current path, 2 = finished

    def acyclic_from(c):
        state[c] = 1
        for p in needs[c]:
            if state[p] == 1:
                return False
            if state[p] == 0 and not acyclic_from(p):
                return False
        state[c] = 2
        return True

    return all(state[c] == 2 or acyclic_from(c) for c in range(num_courses))
