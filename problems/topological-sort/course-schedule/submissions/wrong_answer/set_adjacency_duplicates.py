def can_finish(num_courses, prerequisites):
    # Mistake: adjacency sets drop repeated pairs, but the in-degree still counts every
    # copy, so a course listed twice never reaches in-degree 0.
    unlocks = [set() for _ in range(num_courses)]
    indegree = [0] * num_courses
    for course, prereq in prerequisites:
        unlocks[prereq].add(course)
        indegree[course] += 1
    queue = [c for c in range(num_courses) if indegree[c] == 0]
    done = 0
    while queue:
        c = queue.pop()
        done += 1
        for nxt in unlocks[c]:
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                queue.append(nxt)
    return done == num_courses
