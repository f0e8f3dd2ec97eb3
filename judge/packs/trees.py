"""Tree shapes for pack authors' cases.py and generators.py, in LeetCode's level-order notation.

Trusted host-side helpers; build live trees from their output with ``judge.sandbox.wire.build_tree``.
"""

from __future__ import annotations


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
