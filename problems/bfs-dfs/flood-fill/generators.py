"""Worst-case inputs for the complexity report (see problems/README.md, "Complexity reports").

One region of two halves, filled from the top-left corner: the top half all
of the old colour, the bottom half a snake (judge.packs.grids.block_and_snake),
so both an iterative fill's stack and a recursive fill's depth reach about
m n / 2.
"""

from judge.packs.grids import block_and_snake as layout


def block_and_snake(sizes, rng):
    return [layout(sizes["m"], sizes["n"], 1, 0), 0, 0, 2]
