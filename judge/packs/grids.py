"""Grids for pack authors' generators.py: the worst-case layouts the grid-search problems share.

Trusted host-side helpers, like graphs.py and trees.py; the layouts are deterministic.
"""

from __future__ import annotations


def joining_column(row: int, n: int) -> int:
    """Where odd row ``row`` of a snake joins the full rows above and below it: right, then left, in turn."""
    return n - 1 if row % 4 == 1 else 0


def snake_row(row: int, n: int, on, off) -> list:
    """Row ``row`` of a snake of ``on`` cells through ``off`` ones: even rows all ``on``, odd rows ``off``
    but for their joining cell, so the ``on`` cells make one path as long as the grid allows."""
    if row % 2 == 0:
        return [on] * n
    cells = [off] * n
    cells[joining_column(row, n)] = on
    return cells


def block_and_snake(m: int, n: int, on, off) -> list[list]:
    """One region of ``on`` cells in two halves: the top half all ``on``, which an iterative search holds
    about half of on its stack at once (each popped cell pushes its unvisited neighbours below and beside
    it), the bottom half a snake, a single path that a recursive search follows as deep as it is long."""
    block = m // 2
    return [[on] * n for _ in range(block)] + [snake_row(r, n, on, off) for r in range(m - block)]
