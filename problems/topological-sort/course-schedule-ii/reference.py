def find_order(num_courses, prerequisites):
    # Kahn's algorithm, breadth first: take courses in the order they become free.
    waiting_on = [0] * num_courses  # prerequisites not yet taken, per course
    unlocks = [[] for _ in waiting_on]  # the courses each course is a prerequisite of
    for course, prereq in prerequisites:
        unlocks[prereq].append(course)
        waiting_on[course] += 1
    order = [c for c in range(num_courses) if waiting_on[c] == 0]
    head = 0
    while head < len(order):
        c = order[head]
        head += 1
        for nxt in unlocks[c]:
            waiting_on[nxt] -= 1
            if waiting_on[nxt] == 0:
                order.append(nxt)
    return order if len(order) == num_courses else []
