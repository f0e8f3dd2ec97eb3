def can_finish(num_courses, prerequisites):
    # Correct but O(V * (V + E)): each round rescans every pair to find one course
    # whose prerequisites are all done, takes it, and starts over.
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
