"""Inputs for the complexity report (see problems/README.md, "Complexity reports").

n nodes, h levels: a path of h nodes (the deepest recursion) and a complete tree of the rest, so a
sweep of n holds the height and a sweep of h holds the work; values 0 and 1, so equal-valued arms of every length occur.
"""

from judge.packs.trees import path_and_bush_generator

path_and_bush_tree = path_and_bush_generator(0, 1)
