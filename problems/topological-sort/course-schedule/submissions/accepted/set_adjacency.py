def can_finish(num_courses, prerequisites):
    # Kahn's algorithm over adjacency sets. A set would drop a repeated pair while the
    # in-degree still counted it, but LeetCode promises distinct pairs, so the counts match.
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
