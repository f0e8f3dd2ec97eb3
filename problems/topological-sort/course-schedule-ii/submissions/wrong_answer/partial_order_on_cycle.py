from collections import deque


def find_order(num_courses, prerequisites):
    # Mistake: returns whatever Kahn's algorithm managed to take, even when a cycle
    # stopped it early, instead of [].
    unlocks = [[] for _ in range(num_courses)]
    indegree = [0] * num_courses
    for course, prereq in prerequisites:
        unlocks[prereq].append(course)
        indegree[course] += 1
    queue = deque(c for c in range(num_courses) if indegree[c] == 0)
    order = []
    while queue:
        c = queue.popleft()
        order.append(c)
        for nxt in unlocks[c]:
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                queue.append(nxt)
    return order
