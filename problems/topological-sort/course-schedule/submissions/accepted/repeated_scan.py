def can_finish(num_courses, prerequisites):
    # O(V * (V + E)), slower than the target: each round rescans every pair to find one
    # course whose prerequisites are all done, takes it, and starts over. Within LeetCode's
    # sizes (2000 courses, 5000 pairs) that is fast enough, so it is accepted; the complexity
    # report calls it suboptimal.
    done = [False] * num_courses
    for _ in range(num_courses):
        blocked = [False] * num_courses
        for course, prereq in prerequisites:
            if not done[prereq]:
                blocked[course] = True
        for c in range(num_courses):
            if not done[c] and not blocked[c]:
                done[c] = True
                break
        else:
            return False
    return True
