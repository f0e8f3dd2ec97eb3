"""judge.packs.trees.path_and_bush: exactly n nodes and h levels, so a sweep of one holds the other."""

import random

import pytest

from judge.packs.constraints import _depth, _nodes
from judge.packs.trees import path_and_bush, path_and_bush_generator
from judge.sandbox.wire import build_tree


@pytest.mark.parametrize("n, h", [(1, 1), (2, 2), (3, 2), (20, 20), (32, 16), (4096, 16), (4096, 2048),
                                  (16384, 16)])
def test_the_tree_has_n_nodes_and_h_levels(n, h):
    tree = build_tree(path_and_bush(n, h, lambda rng: rng.randint(0, 9), random.Random(n)))
    assert (len(_nodes(tree)), _depth(tree)) == (n, h)


@pytest.mark.parametrize("n, h", [(4, 5), (40000, 16), (10, 0)])
def test_a_shape_that_cannot_exist_is_refused(n, h):
    with pytest.raises(ValueError, match=f"no tree of {n} nodes has height {h}"):
        path_and_bush(n, h, lambda rng: 0, random.Random(0))


def test_the_generator_is_seeded_and_keeps_values_in_range():
    generate = path_and_bush_generator(-3, 3)
    [first], [again] = generate({"n": 300, "h": 40}, random.Random("s")), generate({"n": 300, "h": 40},
                                                                                 random.Random("s"))
    values = [node.val for node in _nodes(first)]
    assert values == [node.val for node in _nodes(again)] and set(values) <= set(range(-3, 4))
