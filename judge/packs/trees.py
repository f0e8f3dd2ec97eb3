"""Tree shapes for pack authors' cases.py and generators.py, in LeetCode's level-order notation.

Trusted host-side helpers; build live trees from their output with ``judge.sandbox.wire.build_tree``.
"""

from __future__ import annotations

from judge.sandbox.wire import build_tree


def random_level_order(rng, n, value, fill):
    """A random tree of exactly n nodes in level order. Each child slot is filled with probability
    `fill` (low: long thin trees, high: bushy ones); the last open slot always is."""
    items = [value(rng)]
    made, open_slots = 1, 2
    while made < n:
        open_slots -= 1
        if open_slots == 0 or rng.random() < fill:
            items.append(value(rng))
            made += 1
            open_slots += 2
        else:
            items.append(None)
    return items


def chain(values, sides):
    """Level order of a path: values[k + 1] hangs on the `sides[k]` side ("L" or "R") of values[k]."""
    items = [values[0]]
    for v, side in zip(values[1:], sides):
        items += [v, None] if side == "L" else [None, v]
    return items


def path_and_bush(n, h, value, rng):
    """Level order of a tree of exactly n nodes and height h: a left path of h nodes from the root (the
    deepest recursion a solution meets) and the other n - h nodes as a complete tree on the root's right
    (the widest level a breadth-first solution holds).  Complexity sweeps use it to vary n with h fixed
    and h with n fixed: time grows with n, an O(h) space solution's stack only with h.

    Needs h <= n and room for the complete tree below the root: its height, about log2(n - h), below h.
    """
    bush = n - h
    if h < 1 or bush < 0 or bush.bit_length() > h - 1:
        raise ValueError(f"no tree of {n} nodes has height {h} in this shape")
    left, right = [-1] * n, [-1] * n
    for i in range(h - 1):  # the path: nodes 0 .. h-1, each the left child of the one before
        left[i] = i + 1
    if bush:
        right[0] = h
        for j in range(bush):  # the complete tree: nodes h .. n-1 in heap order
            if 2 * j + 1 < bush:
                left[h + j] = h + 2 * j + 1
            if 2 * j + 2 < bush:
                right[h + j] = h + 2 * j + 2
    items, queue = [], [0]
    for node in queue:  # level order with None for each missing child, as LeetCode writes trees
        if node < 0:
            items.append(None)
            continue
        items.append(value(rng))
        queue += [left[node], right[node]]
    while items[-1] is None:
        items.pop()
    return items


def path_and_bush_generator(low, high):
    """A complexity generator (problems/README.md) for a problem whose one argument is a tree: sizes n
    (nodes) and h (levels) in the shape of ``path_and_bush``, with random values in [low, high]."""

    def generate(sizes, rng):
        return [build_tree(path_and_bush(sizes["n"], sizes["h"], lambda r: r.randint(low, high), rng))]

    return generate
