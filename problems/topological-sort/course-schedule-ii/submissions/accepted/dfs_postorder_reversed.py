def find_order(num_courses, prerequisites):
    # Recursive DFS along prereq -> course edges; a course is finished only after
    # everything it unlocks, so the reversed finishing order is a valid order.
    unlocks = [[] for _ in range(num_courses)]
    for course, prereq in prerequisites:
        unlocks[prereq].append(course)
    state = [0] * num_courses  # 0 = unseen, 1 = on the current path, 2 = finished
    finished = []

    def visit(c):
        state[c] = 1
        for nxt in unlocks[c]:
            if state[nxt] == 1:
                return False
            if state[nxt] == 0 and not visit(nxt):
                return False
        state[c] = 2
        finished.append(c)
        return True

    for c in range(num_courses):
        if state[c] == 0 and not visit(c):
            return []
    finished.reverse()
    return finished
