def find_order(num_courses, prerequisites):
    # O(V * (V + E)), slower than the target: each round rescans every pair to find one
    # course whose prerequisites are all taken, appends it, and starts over. Within LeetCode's
    # sizes (2000 courses) that is fast enough, so it is accepted; the complexity report calls
    # it suboptimal.
    taken = [False] * num_courses
    order = []
    while len(order) < num_courses:
        blocked = [False] * num_courses
        for course, prereq in prerequisites:
            if not taken[prereq]:
                blocked[course] = True
        for c in range(num_courses):
            if not taken[c] and not blocked[c]:
                taken[c] = True
                order.append(c)
                break
        else:
            return []
    return order
