from collections import deque


def find_order(num_courses, prerequisites):
    # Mistake: reads [course, prereq] as "course before prereq", so every order is backwards.
    unlocks = [[] for _ in range(num_courses)]
    indegree = [0] * num_courses
    for first, then in prerequisites:
        unlocks[first].append(then)
        indegree[then] += 1
    queue = deque(c for c in range(num_courses) if indegree[c] == 0)
    order = []
    while queue:
        c = queue.popleft()
        order.append(c)
        for nxt in unlocks[c]:
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                queue.append(nxt)
    return order if len(order) == num_courses else []
