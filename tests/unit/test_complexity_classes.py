"""Complexity expressions: targets and claims read into per-parameter growth classes."""

import pytest

from judge.growth import BY_KEY, CLASSES, ExpressionError, parse, render


def classes(text, params=("n",)):
    return {p: g.key for p, g in parse(text, params).classes.items()}


@pytest.mark.parametrize("text, key", [
    ("O(1)", "1"), ("O(log n)", "log n"), ("O(lg n)", "log n"), ("O(log(n))", "log n"), ("O(n)", "n"),
    ("O(N)", "n"), ("O(n log n)", "n log n"), ("O(nlogn)", "n log n"), ("O(n*log(n))", "n log n"),
    ("n lg n", "n log n"), ("O(n^2)", "n^2"), ("O(n**2)", "n^2"), ("O(n²)", "n^2"), ("O(n*n)", "n^2"),
    ("O(n^2 log n)", "n^2 log n"), ("O(n³)", "n^3"), ("O(2^n)", "2^n"), ("O(3^n)", "2^n"), ("Θ(n)", "n"),
    ("O(5n + 3)", "n"), ("O(n + log n)", "n"), ("O(n^2 + n log n)", "n^2"),
])
def test_single_parameter_forms(text, key):
    assert classes(text) == {"n": key}


def test_each_parameter_is_read_with_the_others_fixed():
    assert classes("O(V+E)", ("V", "E")) == {"V": "n", "E": "n"}
    assert classes("O(V (V+E))", ("V", "E")) == {"V": "n^2", "E": "n"}
    assert classes("O((V+E) log V)", ("V", "E")) == {"V": "n log n", "E": "n"}
    assert classes("O(E log V)", ("V", "E")) == {"V": "log n", "E": "n"}
    assert classes("O(n m d)", ("n", "m", "d")) == {"n": "n", "m": "n", "d": "n"}
    assert classes("O(nmd)", ("n", "m", "d")) == {"n": "n", "m": "n", "d": "n"}
    assert classes("O(n m)", ("n", "m", "d")) == {"n": "n", "m": "n", "d": "1"}
    assert classes("O((n+m)^2)", ("n", "m")) == {"n": "n^2", "m": "n^2"}


@pytest.mark.parametrize("text, params, fragment", [
    ("O(k)", ("V", "E"), "names 'k', but the size parameters here are V, E"),
    ("O(n^1.5)", ("n",), "whole numbers"),
    ("O(n^3 log n)", ("n",), "not one of the classes"),
    ("O(n^4)", ("n",), "not one of the classes"),
    ("O(n", ("n",), "parenthesis"),
    ("", ("n",), "empty"),
    ("O(n $ 2)", ("n",), "cannot read"),
    ("O(1^n)", ("n",), "does not grow"),
])
def test_unreadable_or_unmeasurable_expressions_say_why(text, params, fragment):
    with pytest.raises(ExpressionError, match=None) as info:
        parse(text, params)
    assert fragment in str(info.value)


def test_in_a_claim_one_unknown_name_means_the_only_parameter():
    assert {p: g.key for p, g in parse("O(len)", ("n",), lenient=True).classes.items()} == {"n": "n"}
    with pytest.raises(ExpressionError):
        parse("O(len)", ("n",))  # a pack's target must use its own names
    with pytest.raises(ExpressionError):
        parse("O(a b)", ("n",), lenient=True)  # two unknown names are not one parameter


def test_render_writes_sums_of_per_parameter_terms():
    assert render({"n": BY_KEY["n log n"]}) == "O(n log n)"
    assert render({"V": BY_KEY["n"], "E": BY_KEY["n"]}) == "O(V+E)"
    assert render({"V": BY_KEY["n^2"], "E": BY_KEY["n"]}) == "O(V^2+E)"
    assert render({"V": BY_KEY["1"], "E": BY_KEY["1"]}) == "O(1)"
    assert render({"n": BY_KEY["n"], "d": BY_KEY["1"]}) == "O(n)"


def test_classes_are_ordered_and_round_trip_through_their_labels():
    assert [g.rank for g in CLASSES] == sorted(g.rank for g in CLASSES)
    for growth in CLASSES:
        assert parse(growth.label("n"), ("n",)).classes["n"] is growth
        assert parse(growth.label("V"), ("V", "E")).classes["V"] is growth


def test_a_targets_other_quantities_are_constants():
    # A pack may write the q of O(n + q) or the k of O(n log k) without sweeping them.
    assert {p: g.key for p, g in parse("O(n + q)", ("n",), constants=True).classes.items()} == {"n": "n"}
    assert {p: g.key for p, g in parse("O((n + q) log k)", ("n",), constants=True).classes.items()} == {"n": "n"}
    assert {p: g.key for p, g in parse("O(nlogn)", ("n",), constants=True).classes.items()} == {"n": "n log n"}
    with pytest.raises(ExpressionError):
        parse("O(n + q)", ("n",))  # a claim or a strict parse names only the size parameters


def test_names_no_sweep_varies_do_not_grow_along_the_diagonal():
    from judge.growth import diagonal

    # The T of O(B T) with B and H swept is a constant: all parameters together grow as k, not k^2.
    assert diagonal(parse("O(B T)", ("B", "H"), constants=True)).key == "n"
    assert diagonal(parse("O(B H T)", ("B", "H"), constants=True)).key == "n^2"
    assert diagonal(parse("O(B 2^T)", ("B", "H"), constants=True)).key == "n"
    # A claim parsed over the target's other names too, seen along the swept parameters only.
    claim = parse("O(B H log T)", ("B", "H", "T"))
    assert diagonal(claim).key == "n^2 log n" and diagonal(claim, ("B", "H")).key == "n^2"
