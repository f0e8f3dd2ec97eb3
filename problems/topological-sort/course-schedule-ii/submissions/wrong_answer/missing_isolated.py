from collections import defaultdict, deque


def find_order(num_courses, prerequisites):
    # Mistake: only courses that appear in some pair make it into the graph, so courses
    # without any requirement are left out of the order.
    unlocks = defaultdict(list)
    indegree = {}
    for course, prereq in prerequisites:
        unlocks[prereq].append(course)
        indegree[course] = indegree.get(course, 0) + 1
        indegree.setdefault(prereq, 0)
    queue = deque(c for c in sorted(indegree) if indegree[c] == 0)
    order = []
    while queue:
        c = queue.popleft()
        order.append(c)
        for nxt in unlocks[c]:
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                queue.append(nxt)
    return order if len(order) == len(indegree) else []
