from collections import deque


def longest_univalue_path(root):
    # Correct but O(n^2): from every node, a breadth-first search over the equal-valued nodes
    # around it (up and down) finds the farthest one; the answer is the largest such distance.
    if root is None:
        return 0
    neighbours = {}
    stack = [root]
    while stack:
        node = stack.pop()
        neighbours.setdefault(node, [])
        for child in (node.left, node.right):
            if child is not None:
                neighbours[node].append(child)
                neighbours.setdefault(child, []).append(node)
                stack.append(child)
    best = 0
    for start in neighbours:
        seen = {start}
        queue = deque([(start, 0)])
        while queue:
            node, d = queue.popleft()
            best = max(best, d)
            for nxt in neighbours[node]:
                if nxt not in seen and nxt.val == start.val:
                    seen.add(nxt)
                    queue.append((nxt, d + 1))
    return best
