def can_finish(num_courses, prerequisites):
    # Kahn's algorithm: repeatedly take a course whose prerequisites are all done.
    waiting_on = [0] * num_courses  # prerequisites not yet taken, per course
    unlocks = [[] for _ in waiting_on]  # the courses each course is a prerequisite of
    for course, prereq in prerequisites:
        unlocks[prereq].append(course)
        waiting_on[course] += 1
    ready = [c for c in range(num_courses) if waiting_on[c] == 0]
    taken = 0
    while ready:
        c = ready.pop()
        taken += 1
        for nxt in unlocks[c]:
            waiting_on[nxt] -= 1
            if waiting_on[nxt] == 0:
                ready.append(nxt)
    return taken == num_courses
