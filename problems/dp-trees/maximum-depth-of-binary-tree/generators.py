"""Inputs for the complexity report (see problems/README.md, "Complexity reports").

n nodes, h levels: a path of h nodes (the deepest recursion) and a complete tree of the rest, so a
sweep of n holds the height and a sweep of h holds the work; random values in [-100, 100].
"""

from judge.packs.trees import path_and_bush_generator

path_and_bush_tree = path_and_bush_generator(-100, 100)
