"""Rules of the house that a linter does not check: no function in judge/ takes more than six parameters
(wider ones take a request dataclass)."""

import ast
from pathlib import Path

JUDGE = Path(__file__).resolve().parents[2] / "judge"
MAX_PARAMETERS = 6


def parameters(function: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    args = function.args
    names = [a.arg for a in (*args.posonlyargs, *args.args, *args.kwonlyargs)]
    if names and names[0] in ("self", "cls"):
        names = names[1:]
    return len(names) + (args.vararg is not None) + (args.kwarg is not None)


def test_no_function_in_judge_takes_more_than_six_parameters():
    wide = [f"{path.relative_to(JUDGE.parent)}:{node.lineno} {node.name} ({parameters(node)})"
            for path in sorted(JUDGE.rglob("*.py"))
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and parameters(node) > MAX_PARAMETERS]
    assert wide == [], wide


def test_the_rule_sees_a_wide_function(tmp_path):
    (node,) = ast.parse("def f(self, a, b, c, d, e, f, *, g): pass").body
    assert isinstance(node, ast.FunctionDef) and parameters(node) == 7
