import sys


class Solution:
    def findOrder(self, numCourses: int, prerequisites: List[List[int]]) -> List[int]:
        # Recursive three-colour DFS from each course into its prerequisites; a course joins the
        # order once all of its prerequisites have. A chain of 2000 courses recurses 2000 deep,
        # so the limit is raised the way a LeetCode solution would raise it.
        sys.setrecursionlimit(10000)
        needs = [[] for _ in range(numCourses)]
        for course, prereq in prerequisites:
            needs[course].append(prereq)
        colour = [0] * numCourses  # 0 = new, 1 = in progress, 2 = placed
        order = []

        def place(c: int) -> bool:
            colour[c] = 1
            for p in needs[c]:
                if colour[p] == 1 or (colour[p] == 0 and not place(p)):
                    return False
            colour[c] = 2
            order.append(c)
            return True

        for c in range(numCourses):
            if colour[c] == 0 and not place(c):
                return []
        return order
