"""Checker for course-schedule-ii: any order that respects every prerequisite is accepted."""


def check(args, expected, got):
    num_courses, prerequisites = args
    if not isinstance(got, (list, tuple)):
        return f"expected a list of course labels, got {type(got).__name__}"
    for i, x in enumerate(got):
        if type(x) is not int:  # bool is not int here
            return f"the order must hold int labels, found {x!r} ({type(x).__name__}) at position {i}"
    possible = len(expected) > 0  # the reference returns [] exactly when a cycle exists
    if not possible:
        if len(got) == 0:
            return None
        return f"no valid order exists (the prerequisites contain a cycle), but {len(got)} courses were returned"
    if len(got) == 0:
        return "returned [] but a valid order exists"
    if len(got) != num_courses:
        return f"the order has {len(got)} courses, expected all {num_courses}"
    position = [-1] * num_courses
    for i, c in enumerate(got):
        if not 0 <= c < num_courses:
            return f"label {c} at position {i} is not a course (labels are 0..{num_courses - 1})"
        if position[c] != -1:
            return f"course {c} appears twice (positions {position[c]} and {i})"
        position[c] = i
    for course, prereq in prerequisites:
        if position[prereq] >= position[course]:
            return (f"course {course} is taken at position {position[course]}, before its prerequisite "
                    f"{prereq} at position {position[prereq]}")
    return None
