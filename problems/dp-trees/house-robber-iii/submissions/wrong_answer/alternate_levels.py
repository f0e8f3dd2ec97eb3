def rob(root):
    # Mistake: robs whole levels, all even depths or all odd depths; the best plan can
    # skip two levels in a row or mix levels between subtrees.
    sums = [0, 0]
    level, depth = [root], 0
    while level:
        sums[depth % 2] += sum(node.val for node in level)
        level = [child for node in level for child in (node.left, node.right) if child]
        depth += 1
    return max(sums)
