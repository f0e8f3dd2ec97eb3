def find_order(num_courses, prerequisites):
    # Iterative DFS along course -> prereq edges: a course is emitted once all its
    # prerequisites are, so the finishing order itself is valid (no reversal needed).
    needs = [[] for _ in range(num_courses)]
    for course, prereq in prerequisites:
        needs[course].append(prereq)
    state = [0] * num_courses
    order = []
    for start in range(num_courses - 1, -1, -1):
        if state[start]:
            continue
        state[start] = 1
        stack = [(start, 0)]
        while stack:
            c, i = stack[-1]
            if i < len(needs[c]):
                stack[-1] = (c, i + 1)
                p = needs[c][i]
                if state[p] == 1:
                    return []
                if state[p] == 0:
                    state[p] = 1
                    stack.append((p, 0))
            else:
                stack.pop()
                state[c] = 2
                order.append(c)
    return order
