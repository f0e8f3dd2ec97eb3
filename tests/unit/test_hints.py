"""hints.md parsing and the give-away check of statements."""

import pytest

from judge.errors import PackError
from judge.packs.hints import giveaways, parse_hints


def test_hints_are_numbered_items_with_indented_continuations(tmp_path):
    path = tmp_path / "hints.md"
    path.write_text("1. What is true of the answer\n   once half is seen?\n\n2. Keep the best so far.\n\n")
    assert parse_hints(path) == ("What is true of the answer\nonce half is seen?", "Keep the best so far.")
    assert parse_hints(tmp_path / "missing.md") == ()


@pytest.mark.parametrize("text,said", [
    ("# Hints\n1. x\n", "line 1: text outside a numbered hint"),
    ("2. x\n", "line 1: hint 2 where 1 comes next"),
    ("1. x\n1. y\n", "line 2: hint 1 where 2 comes next"),
])
def test_a_malformed_hints_file_names_the_line(tmp_path, text, said):
    path = tmp_path / "hints.md"
    path.write_text(text)
    with pytest.raises(PackError, match=said):
        parse_hints(path)


@pytest.mark.parametrize("text,patterns,found", [
    ("Use a min-heap of size k.", ["heap"], ["names the pattern ('heap')"]),
    ("A priority queue helps.", ["heap"], ["names the pattern ('priority queue')"]),
    ("Breadth-first from every rotten orange.", ["bfs-dfs"], ["names the pattern ('Breadth-first')"]),
    ("Union-find it.", ["union-find"], ["names the pattern ('Union-find')"]),
    ("Sort them by their start.", ["intervals"], ["names the pattern ('Sort them by their start')"]),
    ("Return the intervals merged.", ["intervals"], []),
    ("Aim for O(n log n).", ["heap"], ["states a complexity ('O('...)"]),
    ("Constant space is enough.", ["heap"], ["states a complexity ('Constant space'...)"]),
    ("The heap of papers on the desk", ["two-pointers"], []),
    ("Write the sanity check for this model.", ["ml-sanity-checks"], ["names the pattern ('sanity check')"]),
    ("Write multi-head attention.", ["ml-attention"], []),
])
def test_giveaways_find_pattern_names_and_complexities(text, patterns, found):
    assert giveaways(text, patterns) == found
